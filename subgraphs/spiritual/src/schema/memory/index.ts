// The memory area's GraphQL types and fields (scripture reading included): one import per type file.
import './enums';
import './scripture-translation';
import './memory-verse';
import './memory-card';
import './memory-practice';
import './recall-result';
