// Tutor personas, their avatars and the courses they serve.
import './tutor-avatar';
import './ai-tutor';
import './tutor-mutations';
import './course';
