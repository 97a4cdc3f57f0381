// Signatures of Cypher's built-in functions, for autocompletion.
SHOW FUNCTIONS YIELD name, signature, isBuiltIn
WHERE isBuiltIn
RETURN name, signature
ORDER BY name
