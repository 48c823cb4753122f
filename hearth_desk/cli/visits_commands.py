"""hearth-desk commands of the visits feature: visits."""
