// Loads every API key type file; schema/index.ts imports this one module for all of them.
import './api-key-scope';
import './api-key-usage';
import './api-key';
import './api-key-identity';
