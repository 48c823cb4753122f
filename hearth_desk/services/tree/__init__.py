"""The connected-heart tree (党群连心树): the party organisation, service teams, their
members and the partner units, as use cases over the store."""
