"""Visits (入户走访), requests by the three-tier rule (诉求), thanks and joint meetings
(联席会议): the use cases, each in its transaction."""
