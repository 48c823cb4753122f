"""Where the records live: the data folder, the database engine, migrations, health checks."""
