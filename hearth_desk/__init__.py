"""Hearth Desk (连心台): the desk program of an urban residents' community office.

Layers, each importing only the ones below it:
``domain`` (models and rules) → ``storage`` (engine, migrations) → ``services``
(use cases) → ``reports`` (PDF) → ``ui`` (Qt) and ``cli`` (command line).
"""

__version__ = "0.1.0"
