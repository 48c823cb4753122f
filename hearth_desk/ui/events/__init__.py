"""The 活动 area: events, sign-ups, the door and the stalls."""
