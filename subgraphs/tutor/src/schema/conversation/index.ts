// Conversations with the tutor: sessions, messages, the answer stream, usage and flags.
import './tutor-message';
import './tutor-session';
import './conversation';
import './tutor-stream';
import './tutor-usage';
import './tutor-flag';
