"""Models and rules of the community's records. Imports neither Qt nor storage."""
