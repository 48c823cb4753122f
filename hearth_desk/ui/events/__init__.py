"""The window's 活动 area."""
