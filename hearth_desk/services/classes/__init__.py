"""The elderly university (老年大学): terms, classes, their sessions, enrolment
through the events' sign-up rules, and attendance; each use case in its transaction."""
