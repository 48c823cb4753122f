"""The ledger area of the window: grid tree, lazy resident and household tables, cards and forms."""
