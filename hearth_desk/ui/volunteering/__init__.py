"""The 志愿服务 area: the year's figures with their charts, and service records."""
