// Soulbound course badges: the Badge entity, people's badges and public verification.
import './badge';
import './badge-metadata';
