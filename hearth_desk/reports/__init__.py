"""Paper: every printout is a PDF drawn by ReportLab with the bundled fonts.

Nothing here imports Qt, so ``hearth-desk print …`` starts fast and the same
layouts serve the window's preview, the printer and the command line.
"""
