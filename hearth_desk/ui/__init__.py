"""The Qt shell: thin widgets and models over the services; nothing here talks SQL."""
