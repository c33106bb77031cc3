// Lecture transcripts for the instructor tools' tests: long enough to have key terms, a dozen complete
// sentences and a few sections, so quizzes, summaries and slides have something to work from.

export const RECURSION_TRANSCRIPT = [
  'Recursion is a way of solving a problem by solving smaller copies of the same problem.',
  'Every recursive function needs a base case that answers the smallest problem directly.',
  'Without a base case, the recursion never stops and the call stack overflows.',
  'The recursive case breaks the problem into a smaller problem and calls the function again.',
  'Each recursive call must move closer to the base case, or the function never finishes.',
  'The call stack keeps one frame for every call that is still waiting for an answer.',
  'When the base case returns, each waiting frame on the call stack finishes in turn.',
  'Factorial is the classic example: the factorial of zero is one, which is the base case.',
  'The factorial of any larger number is that number times the factorial of the number before it.',
  'Fibonacci numbers can also be computed with recursion, but the naive version repeats work.',
  'Memoization stores answers the recursion has already computed, so repeated calls become cheap.',
  'With memoization, the recursive Fibonacci function runs in linear time instead of exponential time.',
  'Tail recursion puts the recursive call last, so some languages can reuse the stack frame.',
  'Recursion and iteration can express the same algorithms, and each can be rewritten as the other.',
  'Choose recursion when the problem has a naturally recursive shape, such as trees and nested lists.',
].join(' ');
