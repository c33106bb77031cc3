// Demo courses of the Computer Science faculty: recursion, then data structures and algorithms built on it.
import type { DemoCourse, DemoQuestionClassification } from './types';

const cs = (topic: string, difficulty: DemoQuestionClassification['difficulty'], tags: string[], grade = 11): DemoQuestionClassification => ({
  grade,
  subject: 'Computer Science',
  topic,
  difficulty,
  tags,
});

export const RECURSION_FROM_SCRATCH: DemoCourse = {
  slug: 'recursion-from-scratch',
  title: 'Recursion from Scratch',
  summary: 'Base cases, the call stack, and divide-and-conquer algorithms, traced by hand and in code.',
  description: `
Recursion is the idea of solving a problem by solving smaller copies of the same problem. This course
builds it up carefully:

- what a **base case** and a **recursive case** are, with factorial and sums;
- how the **call stack** makes recursion work, and why it can overflow;
- **divide and conquer**: binary search, merge sort and the Towers of Hanoi;
- why naive Fibonacci is slow, and how **memoization** fixes it.

Examples are in Python, but every idea carries over to other languages.`,
  facultySlug: 'computer-science',
  difficulty: 'beginner',
  tags: ['programming', 'recursion', 'algorithms', 'python'],
  isFree: true,
  prerequisiteSlugs: [],
  modules: [
    {
      title: 'Thinking Recursively',
      summary: 'Base cases, recursive cases and the call stack.',
      lectures: [
        {
          title: 'Base Cases and Recursive Cases',
          durationMinutes: 16,
          transcript: `
A function is recursive when it calls itself. That sounds like a recipe for going round in circles forever, and it would be, except for one rule: every recursive call must work on a smaller version of the problem, and there must be a version small enough to answer directly. That directly answered version is called the base case. Everything else is the recursive case.

The classic example is the factorial. Five factorial, written 5!, is 5 times 4 times 3 times 2 times 1, which is 120. Notice that 5! is just 5 times 4!, and 4! is 4 times 3!, and so on. So we can define n! as n times (n minus 1)!, with the base case 0! equals 1. In Python: def factorial(n): if n == 0: return 1, otherwise return n * factorial(n - 1).

Let us trace factorial(4). It cannot answer yet, so it asks for factorial(3), which asks for factorial(2), which asks for factorial(1), which asks for factorial(0). That call hits the base case and returns 1. Now the answers flow back: factorial(1) returns 1 times 1, factorial(2) returns 2, factorial(3) returns 6, and factorial(4) returns 24. The work happens on the way back up.

When you write a recursive function, ask three questions. What is the smallest input, and what is its answer? How can I make the input smaller? And, assuming the recursive call returns the right answer for the smaller input, how do I build the answer for the whole input? That last step is sometimes called the recursive leap of faith: you do not trace every call in your head, you trust the smaller answer and combine it correctly.

The most common bug is a missing or unreachable base case. If factorial is called with a negative number, n never reaches zero, and the function keeps calling itself until the program runs out of stack space. A good recursive function either guards against such inputs or makes sure every path shrinks toward the base case.
`,
        },
        {
          title: 'The Call Stack',
          durationMinutes: 15,
          transcript: `
To understand why recursion works, we need to look at how a program keeps track of function calls. Each time a function is called, the runtime creates a stack frame: a small record holding that call's parameters, its local variables, and where to return to when it finishes. Frames are pushed onto the call stack when a function is called and popped off when it returns. The stack is last in, first out: the most recent call is always the one running.

With recursion, the same function has several frames on the stack at once, each with its own value of n. When we computed factorial(4), there were five frames at the deepest point, for n equals 4, 3, 2, 1 and 0. Each frame is paused at the multiplication, waiting for the call below it to return. This is why the same variable name can have different values in different calls without any confusion.

The stack is finite. In CPython the default recursion limit is 1000 frames, and exceeding it raises a RecursionError. In other languages the equivalent failure is called a stack overflow. So a recursive function that goes a million levels deep, such as a naive recursive sum over a list of a million numbers, will fail even though its logic is correct. For problems like that, a loop is the better tool.

Some languages remove this limit for a special kind of recursion. A call is a tail call when it is the very last thing a function does, with nothing left to compute afterwards. Scheme requires implementations to run tail calls without growing the stack, so tail-recursive functions behave like loops. Python deliberately does not do this, and although the 2015 edition of JavaScript specified proper tail calls, Safari is the only major browser engine that implements them. In practice, if depth could be large, rewrite the recursion as a loop or use an explicit stack.

Any recursive algorithm can be turned into an iterative one with an explicit stack data structure, because that is exactly what the runtime is doing for you. Recursion is often the clearer way to write an algorithm, especially over trees and nested structures, and the loop version is often the safer way to run it at scale.
`,
        },
      ],
      readings: [
        {
          title: 'Recursion in Everyday Definitions',
          estimatedMinutes: 8,
          body: `
Many definitions you already know are recursive:

- Your **ancestors** are your parents, and your parents' ancestors.
- A **folder** contains files and folders.
- A **list** is either empty, or one item followed by a list.

For each, name the base case and the recursive case. Then write a Python function that counts the files in a folder,
treating a folder's size as the sum of its contents.`,
        },
      ],
    },
    {
      title: 'Divide and Conquer',
      summary: 'Splitting problems in half, and remembering answers you have already found.',
      lectures: [
        {
          title: 'Fibonacci and Memoization',
          durationMinutes: 18,
          transcript: `
The Fibonacci numbers start 0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, and each is the sum of the two before it. The recursive definition is short: fib(0) is 0, fib(1) is 1, and fib(n) is fib(n minus 1) plus fib(n minus 2). Written directly as code, it is correct and painfully slow. Computing fib(40) this way takes hundreds of millions of calls.

Draw the call tree for fib(5) and the reason is obvious. fib(5) calls fib(4) and fib(3); fib(4) calls fib(3) again and fib(2); and the same small values are recomputed again and again. The number of calls grows exponentially, roughly by a factor of 1.618, the golden ratio, for each increase of n by one. The problem has overlapping subproblems, and the naive recursion solves each of them many times.

The fix is memoization: remember each answer the first time you compute it, and look it up afterwards. Keep a dictionary from n to fib(n); at the start of the function, return the stored value if there is one; at the end, store the value before returning it. In Python the decorator functools.lru_cache does this for you. With memoization each fib(k) is computed once, so fib(n) takes a number of steps proportional to n instead of exponential in n.

Memoization is the top-down half of a technique called dynamic programming. The bottom-up half fills a table from the smallest subproblem upward: start with fib(0) and fib(1) and loop up to n, keeping only the last two values. Both versions rest on the same observation, that the answer to a big problem is built from answers to smaller ones that repeat.
`,
        },
        {
          title: 'Merge Sort, Binary Search and the Towers of Hanoi',
          durationMinutes: 25,
          transcript: `
Divide and conquer is a pattern for recursive algorithms: divide the problem into smaller parts, conquer each part recursively, and combine the results. Binary search is the simplest example. To find a value in a sorted list, look at the middle element. If it is the value, you are done; if the value is smaller, search the left half; if larger, search the right half. Each step halves the list, so a list of a million items needs at most about twenty comparisons. Binary search runs in O(log n) time, but only on sorted data.

Merge sort applies the same idea to sorting. Split the list into two halves, sort each half recursively, then merge the two sorted halves by repeatedly taking the smaller of their first elements. A list of length zero or one is already sorted, which is the base case. The list is halved about log n times, and each level of merging touches all n elements, so merge sort takes O(n log n) time. Written as a recurrence, T(n) = 2T(n/2) + O(n). Merge sort was described by John von Neumann in 1945 and is still used, in adapted forms, in the standard libraries of several languages.

The Towers of Hanoi is a puzzle with three pegs and a stack of discs of decreasing size. The goal is to move the whole stack to another peg, moving one disc at a time and never placing a larger disc on a smaller one. The recursive solution is elegant: to move n discs from peg A to peg C, first move the top n minus 1 discs from A to B, then move the largest disc from A to C, then move the n minus 1 discs from B to C. The base case is a single disc, moved directly.

Counting the moves gives another recurrence: moves(n) = 2 times moves(n minus 1) plus 1, with moves(1) = 1. Its solution is 2 to the power n, minus 1. Three discs need 7 moves; ten discs need 1023. The puzzle shows both the power of recursion, which finds the optimal solution in three lines, and its cost, which here is exponential no matter how it is written.
`,
        },
      ],
      readings: [
        {
          title: 'Merge Sort by Hand',
          estimatedMinutes: 12,
          body: `
Sort \`[38, 27, 43, 3, 9, 82, 10]\` with merge sort on paper.

1. Keep splitting until every list has one element.
2. Merge pairs back together, writing each merged list on a new line.
3. Count the comparisons you made in each merge.

Compare your total with \`n log₂ n\` for n = 7.`,
        },
      ],
      assignment: {
        title: 'Recursive Directory Size',
        dueInDays: 14,
        instructions: `
Write a Python function \`total_size(path)\` that returns the total size in bytes of every file under a folder,
using recursion (not \`os.walk\`).

Submit your code, a short explanation of its base case and recursive case, and a trace of your function on a
small folder with at least two levels of nesting.`,
        rubric: [
          { id: 'correctness', title: 'Correctness', description: 'Returns the right total, including nested folders and empty folders.', points: 10 },
          { id: 'base-case', title: 'Base and recursive cases', description: 'Explains clearly which inputs end the recursion and how each call shrinks the problem.', points: 6 },
          { id: 'trace', title: 'Trace', description: 'Shows the calls and return values in order.', points: 6 },
          { id: 'style', title: 'Code style', description: 'Readable names, no repeated code, handles unreadable files gracefully.', points: 3 },
        ],
      },
      quiz: {
        title: 'Recursion Check',
        description: 'Base cases, tracing and divide and conquer.',
        passingScorePercent: 60,
        timeLimitMinutes: 15,
        maxAttempts: null,
        questions: [
          {
            type: 'multiple_choice_single',
            prompt: 'What stops a correctly written recursive function from calling itself forever?',
            options: [
              { id: 'a', text: 'The base case' },
              { id: 'b', text: 'The garbage collector' },
              { id: 'c', text: 'A global counter' },
              { id: 'd', text: 'The return type' },
            ],
            answerKey: { correctOptionIds: ['a'] },
            explanation: 'Every recursive call must move toward a base case that is answered directly.',
            ...cs('Recursion basics', 'beginner', ['recursion', 'base-case']),
          },
          {
            type: 'short_answer',
            prompt: 'What does factorial(5) return?',
            answerKey: { acceptedAnswers: ['120'], numeric: { value: 120, tolerance: 0 } },
            explanation: '5 × 4 × 3 × 2 × 1 = 120.',
            ...cs('Recursion basics', 'beginner', ['recursion', 'factorial', 'tracing']),
          },
          {
            type: 'true_false',
            prompt: 'Any recursive function can be rewritten as a loop that uses an explicit stack.',
            answerKey: { value: true },
            explanation: 'The explicit stack does what the call stack did for the recursive version.',
            ...cs('Call stack', 'intermediate', ['recursion', 'call-stack', 'iteration']),
          },
          {
            type: 'multiple_choice_multi',
            prompt: 'Which of these algorithms follow the divide-and-conquer pattern? Choose all that apply.',
            options: [
              { id: 'a', text: 'Merge sort' },
              { id: 'b', text: 'Binary search' },
              { id: 'c', text: 'Bubble sort' },
              { id: 'd', text: 'Quicksort' },
              { id: 'e', text: 'Linear search' },
            ],
            answerKey: { correctOptionIds: ['a', 'b', 'd'] },
            explanation: 'Merge sort, binary search and quicksort split the problem into smaller parts; bubble sort and linear search do not.',
            ...cs('Divide and conquer', 'intermediate', ['algorithms', 'divide-and-conquer', 'sorting']),
          },
          {
            type: 'short_answer',
            prompt: 'How many moves does the Towers of Hanoi need for 4 discs?',
            answerKey: { acceptedAnswers: ['15'], numeric: { value: 15, tolerance: 0 } },
            explanation: '2⁴ − 1 = 15.',
            ...cs('Divide and conquer', 'intermediate', ['recursion', 'towers-of-hanoi', 'recurrences']),
          },
        ],
      },
    },
  ],
};

export const DATA_STRUCTURES_AND_ALGORITHMS: DemoCourse = {
  slug: 'data-structures-and-algorithms',
  title: 'Data Structures and Algorithms',
  summary: 'Big-O analysis, binary search trees and graph traversal, with the reasoning behind each.',
  description: `
Building on recursion, this course asks how fast algorithms are and how the shape of data makes them fast.

- **Measuring algorithms**: big-O notation and the common growth rates.
- **Trees**: binary search trees, balance, and traversals.
- **Graphs**: breadth-first and depth-first search, and Dijkstra's shortest paths.

Complete *Recursion from Scratch* first: trees and depth-first search are recursive through and through.`,
  facultySlug: 'computer-science',
  difficulty: 'intermediate',
  tags: ['algorithms', 'data-structures', 'complexity', 'graphs'],
  isFree: true,
  prerequisiteSlugs: ['recursion-from-scratch'],
  modules: [
    {
      title: 'Measuring Algorithms',
      summary: 'How running time grows with input size.',
      lectures: [
        {
          title: 'Big-O Notation',
          durationMinutes: 20,
          transcript: `
When we compare algorithms, we care less about how many milliseconds they take on one machine and more about how their running time grows as the input grows. Big-O notation describes that growth. We say f(n) is O(g(n)) if there are constants c and n-zero such that f(n) is at most c times g(n) for every n greater than or equal to n-zero. In words: beyond some point, f grows no faster than g, up to a constant factor.

Constant factors and lower-order terms are dropped. An algorithm that takes 3n squared plus 10n plus 7 steps is O(n squared), because for large n the n squared term dominates everything else. This is not carelessness: constants depend on the machine and the language, while the growth rate is a property of the algorithm itself.

A handful of growth rates cover most algorithms you will meet. O(1), constant time, such as reading an array element by index. O(log n), logarithmic, such as binary search, where each step halves the problem. O(n), linear, such as scanning a list once. O(n log n), such as merge sort and heapsort. O(n squared), quadratic, such as comparing every pair of items or bubble sort. And O(2 to the n), exponential, such as trying every subset of a set. For a million items, a quadratic algorithm does about a trillion steps, while an n log n one does about twenty million.

Big-O usually describes the worst case. Quicksort is O(n squared) in the worst case but O(n log n) on average, which is why it is fast in practice. There are also matching notations for lower bounds, big-Omega, and tight bounds, big-Theta. One famous lower bound: any sorting algorithm that works only by comparing elements needs Omega(n log n) comparisons in the worst case, so merge sort is asymptotically optimal among comparison sorts.
`,
        },
      ],
      readings: [
        {
          title: 'Growth Rates at a Glance',
          estimatedMinutes: 6,
          body: `
| n | log₂ n | n log₂ n | n² | 2ⁿ |
| --- | --- | --- | --- | --- |
| 10 | 3.3 | 33 | 100 | 1,024 |
| 1,000 | 10 | 10,000 | 1,000,000 | more than the atoms in the universe |
| 1,000,000 | 20 | 20,000,000 | 10¹² | — |`,
        },
      ],
    },
    {
      title: 'Trees and Graphs',
      summary: 'Binary search trees, traversals and shortest paths.',
      lectures: [
        {
          title: 'Binary Search Trees',
          durationMinutes: 22,
          transcript: `
A binary tree is a structure where each node has at most two children, called left and right. A binary search tree adds an ordering rule: every key in a node's left subtree is smaller than the node's key, and every key in its right subtree is larger. That rule turns the tree into a map for searching. To find a key, start at the root and go left or right at each node depending on the comparison, just like binary search on a sorted array.

Searching, inserting and deleting all take time proportional to the height of the tree. If the tree is balanced, with roughly equal numbers of nodes on each side at every level, the height is about log base 2 of n, so operations are O(log n). But if you insert keys in sorted order into a plain binary search tree, each new key goes to the right of the last one, and the tree degenerates into a linked list of height n. Then every operation is O(n).

Self-balancing trees prevent that. The first was the AVL tree, published in 1962 by Georgy Adelson-Velsky and Evgenii Landis, which keeps the heights of the two subtrees of every node within one of each other by performing rotations after inserts and deletes. Red-black trees relax the balance rule slightly in exchange for fewer rotations, and are used inside many standard library maps and sets, such as TreeMap in Java and std::map in most C++ implementations.

Trees are naturally recursive, so their traversals are too. An in-order traversal visits the left subtree, then the node, then the right subtree; on a binary search tree it visits the keys in ascending order. A pre-order traversal visits the node before its subtrees, which is useful for copying a tree, and a post-order traversal visits it after, which is useful for deleting one or for evaluating an expression tree.
`,
        },
        {
          title: 'Breadth-First Search, Depth-First Search and Dijkstra',
          durationMinutes: 24,
          transcript: `
A graph is a set of vertices connected by edges. Road maps, social networks, web links and course prerequisites are all graphs. The two basic ways to explore a graph are breadth-first search and depth-first search, and both visit every reachable vertex in O(V plus E) time, where V is the number of vertices and E the number of edges.

Breadth-first search explores in rings. It starts at a source vertex, visits all its neighbours, then all their unvisited neighbours, and so on, using a first-in, first-out queue to remember what to visit next. Because it reaches vertices in order of the number of edges from the source, breadth-first search finds shortest paths in an unweighted graph.

Depth-first search goes as deep as it can along one path before backing up. It is most naturally written recursively: visit a vertex, mark it, and recursively visit each unmarked neighbour. The call stack remembers where to back up to; an iterative version uses an explicit stack instead. Depth-first search is the basis of topological sorting, which orders tasks so that every task comes after its prerequisites, and of algorithms that detect cycles and find connected components.

When edges have weights, such as distances or travel times, breadth-first search is no longer enough. Dijkstra's algorithm, published by Edsger Dijkstra in 1959, finds shortest paths from a source when all weights are non-negative. It keeps a tentative distance for each vertex, repeatedly takes the unvisited vertex with the smallest tentative distance, and relaxes its outgoing edges, lowering a neighbour's distance whenever going through the current vertex is shorter. With a binary heap as the priority queue it runs in O((V plus E) log V) time. With negative edge weights, Dijkstra's algorithm can give wrong answers, and the Bellman-Ford algorithm is used instead.
`,
        },
      ],
      readings: [
        {
          title: 'Tracing Dijkstra’s Algorithm',
          estimatedMinutes: 15,
          body: `
Take the graph with edges A–B (4), A–C (2), C–B (1), B–D (5), C–D (8).

Starting at A, write a table with one row per step: which vertex is taken, and the tentative distances of all
four vertices after relaxing its edges. You should finish with distances A = 0, C = 2, B = 3, D = 8.`,
        },
      ],
      assignment: {
        title: 'Route Planner',
        dueInDays: 21,
        instructions: `
Implement Dijkstra's algorithm over a small road network given as a list of \`(from, to, minutes)\` tuples.
Return both the shortest time and the route.

Include tests for: an unreachable destination, two routes of equal length, and a start equal to the destination.
Explain in a paragraph why the algorithm fails with negative weights.`,
        rubric: [
          { id: 'algorithm', title: 'Correct algorithm', description: 'Shortest times and routes are correct on the provided networks.', points: 12 },
          { id: 'complexity', title: 'Efficiency', description: 'Uses a priority queue; states the running time correctly.', points: 5 },
          { id: 'tests', title: 'Tests', description: 'Covers the three required edge cases and passes them.', points: 5 },
          { id: 'explanation', title: 'Negative weights', description: 'Explains the failure with a concrete example.', points: 3 },
        ],
      },
      quiz: {
        title: 'Trees, Graphs and Growth',
        description: 'Big-O, binary search trees and traversals.',
        passingScorePercent: 65,
        timeLimitMinutes: 20,
        maxAttempts: 3,
        questions: [
          {
            type: 'multiple_choice_single',
            prompt: 'What is the worst-case running time of binary search on a sorted array of n elements?',
            options: [
              { id: 'a', text: 'O(1)' },
              { id: 'b', text: 'O(log n)' },
              { id: 'c', text: 'O(n)' },
              { id: 'd', text: 'O(n log n)' },
            ],
            answerKey: { correctOptionIds: ['b'] },
            explanation: 'Each comparison halves the remaining range.',
            ...cs('Complexity', 'beginner', ['big-o', 'binary-search'], 12),
          },
          {
            type: 'true_false',
            prompt: 'An in-order traversal of a binary search tree visits the keys in ascending order.',
            answerKey: { value: true },
            explanation: 'Left subtree (smaller keys), then the node, then the right subtree (larger keys).',
            ...cs('Binary search trees', 'beginner', ['trees', 'traversal'], 12),
          },
          {
            type: 'short_answer',
            prompt: 'In big-O notation, what is the worst-case time to search a binary search tree built by inserting n keys in sorted order?',
            answerKey: { acceptedAnswers: ['O(n)'], pattern: '^[oO]\\(\\s*n\\s*\\)$' },
            explanation: 'The tree degenerates into a chain of height n.',
            ...cs('Binary search trees', 'intermediate', ['trees', 'big-o', 'balance'], 12),
          },
          {
            type: 'multiple_choice_multi',
            prompt: 'Which statements about graph search are true? Choose all that apply.',
            options: [
              { id: 'a', text: 'Breadth-first search uses a queue.' },
              { id: 'b', text: 'Breadth-first search finds shortest paths in unweighted graphs.' },
              { id: 'c', text: 'Dijkstra’s algorithm handles negative edge weights.' },
              { id: 'd', text: 'Depth-first search can be written recursively.' },
            ],
            answerKey: { correctOptionIds: ['a', 'b', 'd'] },
            explanation: 'Dijkstra requires non-negative weights; Bellman-Ford handles negative ones.',
            ...cs('Graphs', 'intermediate', ['graphs', 'bfs', 'dfs', 'dijkstra'], 12),
          },
          {
            type: 'essay',
            prompt: 'Compare breadth-first and depth-first search: how each works, what each is good for, and one problem where choosing the wrong one would hurt.',
            answerKey: {
              maxWords: 500,
              rubric: [
                { id: 'mechanics', title: 'Mechanics', description: 'Describes the queue and stack (or recursion) correctly.', points: 4 },
                { id: 'uses', title: 'Uses', description: 'Gives appropriate uses of each, such as shortest paths and topological sort.', points: 4 },
                { id: 'example', title: 'Example', description: 'A concrete problem where the wrong choice fails or is slow.', points: 2 },
              ],
            },
            explanation: 'For example: BFS for the fewest hops in a social network; DFS for ordering tasks by prerequisites.',
            points: 10,
            ...cs('Graphs', 'advanced', ['graphs', 'bfs', 'dfs', 'essay'], 12),
          },
        ],
      },
    },
  ],
};
