// The evaluation area's GraphQL types and fields: eligibility and the spiritual evaluation.
import './eligibility';
import './eligibility-mutations';
import './spiritual-evaluation';
import './spiritual-evaluation-mutations';
