// Signatures of the procedures the console allows ($names), for autocompletion.
SHOW PROCEDURES YIELD name, signature, description
WHERE name IN $names
RETURN name, signature, description
ORDER BY name
