"""The 走访 area: visit rounds and due lists, requests by the three-tier rule, joint
meetings, and their figures."""
