"""The 老年大学 area: the timetable, enrolment day, class pages with attendance, figures."""
