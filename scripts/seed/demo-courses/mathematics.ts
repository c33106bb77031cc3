// Demo courses of the Mathematics faculty: limits and continuity, and the foundations of probability.
import type { DemoCourse, DemoQuestionClassification } from './types';

const maths = (topic: string, difficulty: DemoQuestionClassification['difficulty'], tags: string[], grade = 12): DemoQuestionClassification => ({
  grade,
  subject: 'Mathematics',
  topic,
  difficulty,
  tags,
});

export const LIMITS_AND_CONTINUITY: DemoCourse = {
  slug: 'calculus-limits-and-continuity',
  title: 'Calculus I: Limits and Continuity',
  summary: 'What it means for a function to approach a value, made precise, and what follows from it.',
  description: `
Limits are the foundation everything else in calculus stands on: derivatives and integrals are both limits.
In this course you will:

- compute limits from graphs, tables and algebra, including one-sided limits;
- meet the **epsilon–delta definition** and use it on simple functions;
- study **continuity**, the kinds of discontinuity, and the Intermediate Value Theorem;
- find limits at infinity and see where the number *e* comes from.`,
  facultySlug: 'mathematics',
  difficulty: 'beginner',
  tags: ['calculus', 'limits', 'continuity', 'analysis'],
  isFree: true,
  prerequisiteSlugs: [],
  modules: [
    {
      title: 'The Idea of a Limit',
      summary: 'Approaching a value, one-sided limits, and the precise definition.',
      lectures: [
        {
          title: 'Approaching a Value',
          durationMinutes: 19,
          transcript: `
Consider the function f(x) = (x squared minus 4) divided by (x minus 2). At x equals 2 it is not defined, because the denominator is zero. But try values close to 2: at 1.9 the function is 3.9, at 1.99 it is 3.99, at 2.01 it is 4.01. The values crowd in on 4. We write: the limit of f(x) as x approaches 2 equals 4. Algebra confirms it: x squared minus 4 factors as (x minus 2)(x plus 2), and for every x other than 2 the function equals x plus 2, which approaches 4.

That example shows the key idea. A limit is about the values of a function near a point, not at the point. The function may be undefined there, or defined with a different value, and the limit does not care. Informally, the limit of f(x) as x approaches a is L if we can make f(x) as close to L as we like by taking x close enough to a, but not equal to a.

Sometimes a function approaches different values from the two sides. The function x divided by the absolute value of x is minus 1 for every negative x and plus 1 for every positive x. Its limit from the left at zero is minus 1, and its limit from the right is plus 1. Because the one-sided limits disagree, the two-sided limit at zero does not exist. A two-sided limit exists exactly when both one-sided limits exist and are equal.

An important limit that algebra alone cannot reach is the limit of sin x over x as x approaches zero, which equals 1 when x is measured in radians. The standard proof compares areas in the unit circle to show that cos x is at most sin x over x, which is at most 1, for small nonzero x. Since cos x approaches 1, the squeeze theorem forces sin x over x to approach 1 as well. This limit is the reason the derivative of sin x is cos x.
`,
        },
        {
          title: 'The Epsilon–Delta Definition',
          durationMinutes: 23,
          transcript: `
For more than a century after Newton and Leibniz, calculus worked brilliantly without a precise definition of a limit. In the nineteenth century, Bolzano, Cauchy and above all Weierstrass gave the definition that is still used today. It replaces "as close as we like" and "close enough" with two numbers, epsilon and delta.

The definition reads: the limit of f(x) as x approaches a equals L if, for every epsilon greater than zero, there exists a delta greater than zero such that whenever the distance from x to a is greater than zero and less than delta, the distance from f(x) to L is less than epsilon. Think of it as a game. Your opponent chooses a tolerance epsilon, as small as they like. You must answer with a delta so that every x within delta of a, except a itself, gives a value of f within epsilon of L. The limit is L if you can always win.

Let us prove that the limit of 2x plus 1 as x approaches 3 is 7. Given epsilon, we need the distance from 2x plus 1 to 7 to be less than epsilon. That distance is the absolute value of 2x minus 6, which is 2 times the distance from x to 3. So if the distance from x to 3 is less than epsilon over 2, the distance from f(x) to 7 is less than epsilon. Choosing delta equal to epsilon over 2 wins the game for every epsilon, which proves the limit.

The same definition shows why a limit fails to exist. For x over the absolute value of x at zero, suppose someone claims the limit is L. Take epsilon equal to one half. Every interval around zero contains both negative x, where the function is minus 1, and positive x, where it is plus 1. No single L is within one half of both minus 1 and plus 1, so no delta can work, and the limit does not exist.

The epsilon–delta definition can feel heavy at first, but it is what makes calculus rigorous. Every limit law you will use, such as the limit of a sum being the sum of the limits, is proved from it once, and then used freely afterwards.
`,
        },
      ],
      readings: [
        {
          title: 'Limit Laws',
          estimatedMinutes: 10,
          body: `
If $\\lim_{x\\to a} f(x) = L$ and $\\lim_{x\\to a} g(x) = M$, then:

- $\\lim (f + g) = L + M$ and $\\lim (f - g) = L - M$
- $\\lim (c\\,f) = cL$ for any constant $c$
- $\\lim (f g) = L M$
- $\\lim (f / g) = L / M$, provided $M \\neq 0$

Work through: $\\lim_{x\\to 1} \\dfrac{x^2 + 3x}{x + 1}$ using the laws step by step. (Answer: 2.)`,
        },
      ],
      quiz: {
        title: 'Limits',
        description: 'Computing limits and reading the definition.',
        passingScorePercent: 60,
        timeLimitMinutes: 25,
        maxAttempts: 3,
        questions: [
          {
            type: 'short_answer',
            prompt: 'Evaluate the limit of (x² − 4)/(x − 2) as x approaches 2.',
            answerKey: { acceptedAnswers: ['4'], numeric: { value: 4, tolerance: 0.001 } },
            explanation: 'Factor the numerator: (x − 2)(x + 2)/(x − 2) = x + 2 for x ≠ 2, which approaches 4.',
            ...maths('Limits', 'beginner', ['limits', 'factoring'], 11),
          },
          {
            type: 'multiple_choice_single',
            prompt: 'What is the limit of sin(x)/x as x approaches 0 (x in radians)?',
            options: [
              { id: 'a', text: '0' },
              { id: 'b', text: '1' },
              { id: 'c', text: 'It does not exist' },
              { id: 'd', text: 'Infinity' },
            ],
            answerKey: { correctOptionIds: ['b'] },
            explanation: 'By the squeeze theorem, cos x ≤ sin(x)/x ≤ 1 near 0, and cos x → 1.',
            ...maths('Limits', 'intermediate', ['limits', 'trigonometry', 'squeeze-theorem']),
          },
          {
            type: 'true_false',
            prompt: 'A function can have a limit at a point where it is not defined.',
            answerKey: { value: true },
            explanation: 'A limit depends only on values near the point: (x² − 4)/(x − 2) has limit 4 at x = 2.',
            ...maths('Limits', 'beginner', ['limits', 'definition'], 11),
          },
          {
            type: 'short_answer',
            prompt: 'In the proof that the limit of 2x + 1 as x → 3 is 7, what is the largest δ that works for ε = 0.1?',
            answerKey: { acceptedAnswers: ['0.05', '.05', '1/20'], numeric: { value: 0.05, tolerance: 0.0001 } },
            explanation: '|(2x + 1) − 7| = 2|x − 3|, so |x − 3| < δ gives an error below 2δ; the largest δ with 2δ ≤ 0.1 is 0.05.',
            ...maths('Epsilon-delta definition', 'advanced', ['limits', 'epsilon-delta', 'proof']),
          },
        ],
      },
    },
    {
      title: 'Continuity',
      summary: 'Continuous functions, discontinuities, and limits at infinity.',
      lectures: [
        {
          title: 'Continuous Functions',
          durationMinutes: 20,
          transcript: `
A function f is continuous at a point a when three things hold: f(a) is defined, the limit of f(x) as x approaches a exists, and that limit equals f(a). Informally, you can draw the graph through that point without lifting your pen. A function is continuous on an interval when it is continuous at every point of it.

Discontinuities come in a few kinds. A removable discontinuity is a single hole: the limit exists but the function is undefined there or takes a different value, as with (x squared minus 4) over (x minus 2) at 2. Redefining the function at that one point removes the problem. A jump discontinuity occurs when the two one-sided limits exist but differ, as with the floor function at every integer. An infinite discontinuity occurs when the function grows without bound near the point, as with 1 over x at zero.

Most familiar functions are continuous wherever they are defined. Polynomials, sine, cosine and exponential functions are continuous on the whole real line. Rational functions are continuous except where the denominator is zero. Sums, products and compositions of continuous functions are continuous, and so is a quotient wherever the denominator is not zero. These facts let us evaluate many limits simply by substituting the value.

Continuity on a closed interval has powerful consequences. The Intermediate Value Theorem says that if f is continuous on the interval from a to b, then f takes every value between f(a) and f(b) somewhere in that interval. For example, x cubed minus x minus 1 is negative at 1 and positive at 2, so it has a root between 1 and 2. The bisection method for finding roots is built on exactly this idea. The Extreme Value Theorem adds that a continuous function on a closed, bounded interval attains both a maximum and a minimum value there.
`,
        },
        {
          title: 'Limits at Infinity and the Number e',
          durationMinutes: 18,
          transcript: `
We can also ask what happens to f(x) as x grows without bound. The limit of 1 over x as x approaches infinity is zero: by taking x large enough, 1 over x becomes as small as we like. When a function approaches a finite value L as x goes to infinity, the line y equals L is a horizontal asymptote of its graph.

For rational functions, compare the degrees of the numerator and denominator. If the denominator has the higher degree, the limit at infinity is zero. If the degrees are equal, the limit is the ratio of the leading coefficients: (3x squared plus 1) over (2x squared minus x) approaches three halves. If the numerator has the higher degree, the function grows without bound and there is no horizontal asymptote. The quick way to see all three cases is to divide numerator and denominator by the highest power of x in the denominator.

One limit at infinity defines one of the most important constants in mathematics. Consider (1 plus 1 over n) to the power n. For n equal to 1 it is 2; for n equal to 10 it is about 2.5937; for n equal to 1000 it is about 2.7169. As n grows, the values increase toward a limit, the number e, approximately 2.71828. Jacob Bernoulli met this limit in 1683 while studying compound interest: if a bank paid 100 percent interest per year, compounded more and more often, one unit of money would grow not without limit but toward e units.

Leonhard Euler gave the number the letter e and showed it is also the sum 1 plus 1 plus one half plus one sixth plus one twenty-fourth and so on, the reciprocals of the factorials. The exponential function e to the x is the only function, up to a constant multiple, that is its own derivative, which is why e appears throughout calculus, from growth and decay to probability.
`,
        },
      ],
      readings: [
        {
          title: 'Finding Roots by Bisection',
          estimatedMinutes: 12,
          body: `
The Intermediate Value Theorem guarantees a root of $f(x) = x^3 - x - 1$ between 1 and 2.

1. Evaluate $f$ at the midpoint 1.5. Which half must contain the root?
2. Repeat four more times.
3. How many halvings would you need to locate the root to within 0.001?

(The root is about 1.3247, the so-called plastic number.)`,
        },
      ],
      assignment: {
        title: 'Proving a Limit',
        dueInDays: 14,
        instructions: `
1. Prove from the epsilon–delta definition that $\\lim_{x\\to 2} (5x - 3) = 7$.
2. Prove that $\\lim_{x\\to 0} \\frac{|x|}{x}$ does not exist.
3. Use the Intermediate Value Theorem to show that $\\cos x = x$ has a solution in $[0, 1]$.

Write each proof in full sentences.`,
        rubric: [
          { id: 'limit-proof', title: 'Epsilon–delta proof', description: 'Chooses δ correctly and justifies every inequality.', points: 10 },
          { id: 'nonexistence', title: 'Non-existence proof', description: 'Uses one-sided limits or a failing ε correctly.', points: 6 },
          { id: 'ivt', title: 'Intermediate Value Theorem', description: 'States the hypotheses, checks continuity and the signs at the endpoints.', points: 6 },
          { id: 'writing', title: 'Mathematical writing', description: 'Complete sentences; notation used correctly.', points: 3 },
        ],
      },
      quiz: {
        title: 'Continuity and Limits at Infinity',
        description: 'Kinds of discontinuity, the Intermediate Value Theorem, and e.',
        passingScorePercent: 60,
        timeLimitMinutes: 20,
        maxAttempts: 3,
        questions: [
          {
            type: 'multiple_choice_multi',
            prompt: 'Which of these functions are continuous on the whole real line? Choose all that apply.',
            options: [
              { id: 'a', text: 'x³ − x' },
              { id: 'b', text: '1/x' },
              { id: 'c', text: 'sin x' },
              { id: 'd', text: 'floor(x)' },
              { id: 'e', text: 'eˣ' },
            ],
            answerKey: { correctOptionIds: ['a', 'c', 'e'] },
            explanation: '1/x is undefined at 0 and floor(x) jumps at every integer.',
            ...maths('Continuity', 'beginner', ['continuity', 'functions']),
          },
          {
            type: 'short_answer',
            prompt: 'Give the number e to three decimal places.',
            answerKey: { acceptedAnswers: ['2.718'], numeric: { value: 2.718, tolerance: 0.0005 } },
            explanation: 'e ≈ 2.71828, the limit of (1 + 1/n)ⁿ.',
            ...maths('Limits at infinity', 'beginner', ['e', 'limits-at-infinity']),
          },
          {
            type: 'multiple_choice_single',
            prompt: 'What is the limit of (3x² + 1)/(2x² − x) as x → ∞?',
            options: [
              { id: 'a', text: '0' },
              { id: 'b', text: '3/2' },
              { id: 'c', text: '3' },
              { id: 'd', text: 'It grows without bound' },
            ],
            answerKey: { correctOptionIds: ['b'] },
            explanation: 'Equal degrees: the limit is the ratio of leading coefficients, 3/2.',
            ...maths('Limits at infinity', 'intermediate', ['rational-functions', 'asymptotes']),
          },
          {
            type: 'essay',
            prompt: 'Explain in your own words what the epsilon–delta definition of a limit says, and why mathematicians needed it.',
            answerKey: {
              maxWords: 400,
              rubric: [
                { id: 'statement', title: 'Statement', description: 'States the definition correctly, with the order of the quantifiers.', points: 4 },
                { id: 'intuition', title: 'Intuition', description: 'Explains the tolerance game or an equivalent picture.', points: 3 },
                { id: 'history', title: 'Why it was needed', description: 'Connects it to making calculus rigorous.', points: 3 },
              ],
            },
            explanation: 'A good answer stresses "for every ε there is a δ", and that the definition replaced vague talk of infinitely small quantities.',
            points: 10,
            ...maths('Epsilon-delta definition', 'advanced', ['epsilon-delta', 'history', 'essay']),
          },
        ],
      },
    },
  ],
};

export const PROBABILITY_FOUNDATIONS: DemoCourse = {
  slug: 'foundations-of-probability',
  title: 'Foundations of Probability',
  summary: 'Sample spaces, counting, conditional probability, Bayes’ theorem and expected value.',
  description: `
Probability is the mathematics of uncertainty. Starting from Kolmogorov's axioms, this course develops:

- sample spaces, events and the rules of probability;
- counting with permutations and combinations, and the birthday problem;
- **conditional probability**, independence and **Bayes' theorem**, with a medical-testing example;
- random variables, **expected value** and the law of large numbers.`,
  facultySlug: 'mathematics',
  difficulty: 'intermediate',
  tags: ['probability', 'statistics', 'bayes', 'combinatorics'],
  isFree: false,
  prerequisiteSlugs: [],
  modules: [
    {
      title: 'Counting and Chance',
      summary: 'Axioms, equally likely outcomes and counting.',
      lectures: [
        {
          title: 'Sample Spaces and Events',
          durationMinutes: 18,
          transcript: `
A probability model starts with a sample space, the set of all possible outcomes of an experiment. Rolling one die has the sample space {1, 2, 3, 4, 5, 6}. An event is a set of outcomes, such as "the roll is even", which is {2, 4, 6}. Probability assigns each event a number between 0 and 1.

In 1933 Andrey Kolmogorov put probability on the same footing as the rest of mathematics with three axioms. First, the probability of any event is at least zero. Second, the probability of the whole sample space is one. Third, if events cannot happen together, the probability that one of them happens is the sum of their probabilities; this holds for any countable collection of such disjoint events. Every other rule is derived from these three.

Two useful consequences follow at once. The complement rule: the probability that A does not happen is 1 minus the probability of A. And the inclusion–exclusion rule for two events: the probability of A or B is the probability of A plus the probability of B minus the probability of both, because the outcomes in both would otherwise be counted twice.

When all outcomes are equally likely, the probability of an event is the number of outcomes in it divided by the number of outcomes in the sample space. Roll two fair dice and there are 36 equally likely ordered outcomes. Six of them give a sum of 7, namely (1,6), (2,5), (3,4), (4,3), (5,2) and (6,1), so the probability of rolling a 7 is 6 over 36, or one sixth. No other sum is as likely, which is why 7 plays a central role in many dice games.
`,
        },
        {
          title: 'Counting and the Birthday Problem',
          durationMinutes: 21,
          transcript: `
Equally likely outcomes turn probability into counting, so we need good ways to count. The multiplication principle says that if one choice can be made in m ways and a second in n ways, the pair can be made in m times n ways. The number of ways to arrange n different objects in a row is n factorial: n choices for the first place, n minus 1 for the second, and so on down to 1.

When order does not matter, we count combinations. The number of ways to choose k objects from n is written n choose k and equals n factorial divided by k factorial times (n minus k) factorial. For example, there are 10 ways to choose 2 people from 5, and 2,598,960 different five-card poker hands from a 52-card deck.

The birthday problem shows how counting can surprise us. How many people must be in a room before it is more likely than not that two share a birthday? Ignoring leap years and assuming all 365 days are equally likely, it is easier to compute the chance that all birthdays are different: 365 over 365, times 364 over 365, times 363 over 365, and so on, one factor per person. Subtract that from 1 to get the chance of a shared birthday.

With 23 people the chance of a shared birthday is about 50.7 percent, and with 50 people it is about 97 percent. The intuition that you need around 183 people, half of 365, goes wrong because what matters is the number of pairs of people, and 23 people form 253 pairs. The same calculation underlies the birthday attack in cryptography, which explains why hash functions need outputs twice as long as the security level they aim for.
`,
        },
      ],
      readings: [
        {
          title: 'Counting Toolkit',
          estimatedMinutes: 10,
          body: `
- Arrangements of n objects: $n!$
- Ordered selections of k from n: $\\dfrac{n!}{(n-k)!}$
- Unordered selections of k from n: $\\binom{n}{k} = \\dfrac{n!}{k!(n-k)!}$

Try: how many ways can a committee of 3 be chosen from 8 people? How many if one member must be the chair?
(Answers: 56 and 168.)`,
        },
      ],
    },
    {
      title: 'Conditional Probability',
      summary: 'Updating on evidence, independence, and expected value.',
      lectures: [
        {
          title: 'Bayes’ Theorem',
          durationMinutes: 24,
          transcript: `
The conditional probability of A given B is the probability that A happens when we already know B has happened. It is defined as the probability of both A and B divided by the probability of B, whenever the probability of B is not zero. Knowing B shrinks the sample space to B, and we ask what fraction of it also lies in A.

Two events are independent when knowing one tells us nothing about the other: the probability of A given B equals the probability of A. Equivalently, the probability of both equals the product of their probabilities. Successive flips of a fair coin are independent; drawing two cards from a deck without putting the first back are not.

Bayes' theorem, named after the eighteenth-century minister Thomas Bayes, turns conditional probabilities around. The probability of A given B equals the probability of B given A, times the probability of A, divided by the probability of B. It tells us how to update a belief, the prior probability of A, in the light of evidence B.

Here is the classic example. A disease affects 1 percent of a population. A test detects it in 99 percent of people who have it, but also gives a positive result for 5 percent of people who do not. You test positive. What is the chance you have the disease? The probability of a positive test is 0.99 times 0.01 plus 0.05 times 0.99, which is 0.0099 plus 0.0495, or 0.0594. Bayes' theorem gives 0.0099 divided by 0.0594, which is about 0.167. Despite the accurate test, only about one positive in six actually has the disease.

The result surprises most people, including many doctors in published studies, because it is easy to ignore the base rate. Among 10,000 people, about 100 have the disease and 99 of them test positive, while about 495 of the 9,900 healthy people also test positive. Thinking in natural frequencies like these is often the clearest way to apply Bayes' theorem correctly.
`,
        },
        {
          title: 'Expected Value',
          durationMinutes: 19,
          transcript: `
A random variable assigns a number to each outcome of an experiment, such as the number shown by a die or the winnings from a bet. Its expected value is the average of its possible values, each weighted by its probability. For a fair die, the expected value is 1 plus 2 plus 3 plus 4 plus 5 plus 6, each times one sixth, which is 3.5. The expected value need not be a value the variable can actually take.

Expected value measures the long-run average. The law of large numbers, first proved by Jacob Bernoulli and published in 1713, says that the average of many independent repetitions gets closer and closer to the expected value. Roll a die ten thousand times and the average of the rolls will be very close to 3.5. Casinos and insurance companies rely on this law: each bet or policy is uncertain, but the average over many is highly predictable.

One of the most useful facts in probability is linearity of expectation: the expected value of a sum is the sum of the expected values, whether or not the variables are independent. To find the expected total of two dice, add 3.5 and 3.5 to get 7. To find the expected number of people who get their own hat back when n hats are handed out at random, note that each person gets their own with probability 1 over n, so the expected number is n times 1 over n, which is exactly 1, however many people there are.

Expected value guides decisions, but it is not the whole story. A bet with a positive expected value can still ruin you if the losses are large and you can only play a few times, which is why we also study the spread of a random variable, measured by its variance and standard deviation.
`,
        },
      ],
      readings: [
        {
          title: 'Natural Frequencies',
          estimatedMinutes: 10,
          body: `
Redo the medical-testing example with 100,000 people instead of probabilities:

| | Test positive | Test negative | Total |
| --- | --- | --- | --- |
| Has the disease | 990 | 10 | 1,000 |
| Does not | 4,950 | 94,050 | 99,000 |

What fraction of the positives have the disease? Compare with Bayes' theorem.`,
        },
      ],
      assignment: {
        title: 'Bayes in the Wild',
        dueInDays: 21,
        instructions: `
Find a real situation where a base rate matters: a screening test, a spam filter, a security alarm, or a court case.
Estimate the prior, the true-positive rate and the false-positive rate (with sources), and compute the probability
that a positive result is correct. Present the calculation both with Bayes' theorem and as a natural-frequency table.`,
        rubric: [
          { id: 'situation', title: 'Situation and sources', description: 'A real situation with sourced or clearly reasoned estimates.', points: 5 },
          { id: 'bayes', title: 'Bayes calculation', description: 'Applies the theorem correctly with all three inputs.', points: 10 },
          { id: 'frequencies', title: 'Frequency table', description: 'A correct natural-frequency table that agrees with the calculation.', points: 6 },
          { id: 'interpretation', title: 'Interpretation', description: 'Explains what the result means for a decision.', points: 4 },
        ],
      },
      quiz: {
        title: 'Probability Check',
        description: 'Counting, conditional probability and expectation.',
        passingScorePercent: 70,
        timeLimitMinutes: 25,
        maxAttempts: 2,
        questions: [
          {
            type: 'multiple_choice_single',
            prompt: 'Two fair dice are rolled. What is the probability that the sum is 7?',
            options: [
              { id: 'a', text: '1/12' },
              { id: 'b', text: '1/6' },
              { id: 'c', text: '7/36' },
              { id: 'd', text: '1/2' },
            ],
            answerKey: { correctOptionIds: ['b'] },
            explanation: 'Six of the 36 equally likely outcomes sum to 7.',
            ...maths('Sample spaces', 'beginner', ['probability', 'dice', 'counting'], 10),
          },
          {
            type: 'short_answer',
            prompt: 'A disease affects 1% of people. A test is positive for 99% of those with it and 5% of those without. To three decimal places, what is the probability that a person who tests positive has the disease?',
            answerKey: { acceptedAnswers: ['0.167'], numeric: { value: 0.1667, tolerance: 0.001 } },
            explanation: '0.0099 / (0.0099 + 0.0495) ≈ 0.167.',
            points: 2,
            ...maths('Bayes’ theorem', 'intermediate', ['probability', 'bayes', 'conditional-probability']),
          },
          {
            type: 'true_false',
            prompt: 'If A and B are independent events, then P(A and B) = P(A) × P(B).',
            answerKey: { value: true },
            explanation: 'That product rule is one of the equivalent definitions of independence.',
            ...maths('Independence', 'beginner', ['probability', 'independence']),
          },
          {
            type: 'multiple_choice_multi',
            prompt: 'Which of these are among Kolmogorov’s axioms of probability? Choose all that apply.',
            options: [
              { id: 'a', text: 'The probability of any event is at least 0.' },
              { id: 'b', text: 'The probability of the whole sample space is 1.' },
              { id: 'c', text: 'The probability of a union of disjoint events is the sum of their probabilities.' },
              { id: 'd', text: 'All outcomes are equally likely.' },
            ],
            answerKey: { correctOptionIds: ['a', 'b', 'c'] },
            explanation: 'Equal likelihood is a special model, not an axiom.',
            ...maths('Axioms of probability', 'intermediate', ['probability', 'axioms', 'kolmogorov']),
          },
          {
            type: 'short_answer',
            prompt: 'How many ways are there to choose 2 people from a group of 5, when order does not matter?',
            answerKey: { acceptedAnswers: ['10', 'ten'], numeric: { value: 10, tolerance: 0 } },
            explanation: '5! / (2! · 3!) = 10.',
            ...maths('Counting', 'beginner', ['combinatorics', 'combinations'], 10),
          },
          {
            type: 'essay',
            prompt: 'Explain why a positive result from an accurate test for a rare disease can still be more likely wrong than right. Use numbers.',
            answerKey: {
              maxWords: 400,
              rubric: [
                { id: 'base-rate', title: 'Base rate', description: 'Identifies the low prior as the cause.', points: 4 },
                { id: 'numbers', title: 'Worked numbers', description: 'A correct calculation or frequency table.', points: 4 },
                { id: 'clarity', title: 'Clarity', description: 'Could be understood by someone without a statistics course.', points: 2 },
              ],
            },
            explanation: 'False positives among the many healthy people outnumber true positives among the few who are ill.',
            points: 10,
            ...maths('Bayes’ theorem', 'advanced', ['bayes', 'base-rate', 'essay']),
          },
        ],
      },
    },
  ],
};
