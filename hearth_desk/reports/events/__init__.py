"""Events on paper: the sign-in sheet, the notice for the board and the call list."""
