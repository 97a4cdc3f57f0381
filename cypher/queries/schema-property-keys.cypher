// Every property key in use in the database.
CALL db.propertyKeys() YIELD propertyKey
RETURN propertyKey ORDER BY propertyKey
