"""Events and sign-ups (活动报名): the events, their seats and waiting lists, check-in at
the door, and 人次 counted at the stalls."""
