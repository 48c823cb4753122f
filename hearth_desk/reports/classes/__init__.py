"""The elderly university on paper: the timetable, attendance sheets, class rosters."""
