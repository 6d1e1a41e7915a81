/**
 * Seed content for the interview-type library and the role loop templates
 * (DESIGN.md "Interview loops"). This is content, not code: interviewers read
 * it before an interview, and admins edit it afterwards through the API
 * (PUT /api/interview-types/:key/kit), so the seeded text is only the start.
 *
 * Rubric levels follow the scorecard scale: 1 = clear no, 2 = leaning no,
 * 3 = leaning yes, 4 = clear yes.
 */

export interface SeedInterviewType {
  key: string;
  name: string;
  description: string;
  durationMinutes: number;
  /** Competency keys (the `competency` table), in display order. */
  focus: string[];
  instructions: string;
  /** [prompt, what a good answer shows], in the order they are asked. */
  questions: [prompt: string, goodAnswer: string][];
  /** For each focus competency: what a 1, 2, 3 and 4 look like. */
  rubric: Record<string, [one: string, two: string, three: string, four: string]>;
}

export const INTERVIEW_TYPES: SeedInterviewType[] = [
  {
    key: 'recruiter-screen',
    name: 'Recruiter screen',
    description: 'A first call: motivation, background, what the candidate wants next, logistics and expectations.',
    durationMinutes: 30,
    focus: ['comms', 'product'],
    instructions: `Goal: decide whether it is worth the team's time to run the loop, and leave the candidate with an accurate picture of the role.

Before the call: read the profile and the evidence we hold (papers, repositories, talks) and note one concrete piece of work to ask about.

During the call (30 minutes): 5 minutes on the role and the team, 15 minutes on the candidate's recent work and motivation, 5 minutes on logistics (location, notice period, compensation range, visa), 5 minutes for their questions.

Do not test technical depth here; the loop does that. Do write down what they said they want, in their words, so the hiring manager can follow up. Never ask about age, family plans, health, religion or nationality.`,
    questions: [
      [
        'Walk me through the piece of work you are proudest of from the last two years. What was your part in it?',
        'A clear, ordered story: the problem, why it mattered, what they personally did (not "we"), the result with a number or an outcome, and what they would do differently. Adjusts the level of detail to a non-specialist listener.',
      ],
      [
        'Why are you looking now, and what would make this role a clear step forward for you?',
        'Specific reasons tied to the work (scope, problems, team, product) rather than only title or money; what they want lines up with what the role actually offers.',
      ],
      [
        'Who used the thing you built, and how did you know it helped them?',
        'Names a user or stakeholder and a way they measured impact (adoption, a metric, feedback); shows they cared whether the work was used, not only whether it shipped.',
      ],
      [
        'What kind of problems do you want to avoid in your next role?',
        'Honest, self-aware answer that helps judge fit; no blame-heavy account of former colleagues.',
      ],
      [
        'Logistics: location and remote preference, notice period, compensation expectations, work authorisation.',
        'Clear, consistent answers; any blockers are surfaced now rather than at offer time.',
      ],
    ],
    rubric: {
      comms: [
        'Answers are hard to follow or evasive; cannot explain their own work in plain terms; does not listen to the question.',
        'Understandable but rambling or jargon-heavy; needs repeated prompting to get to what they did and what came of it.',
        'Clear and ordered; explains their work at the right level for a non-specialist; answers the question asked.',
        "Crisp and engaging; tailors detail to the listener, separates their contribution from the team's, and asks sharp questions about the role.",
      ],
      product: [
        'No sense of who their work was for or whether it mattered; describes only techniques.',
        'Mentions users or impact only when pushed; impact stated vaguely ("it improved things").',
        'Connects their work to a user or business outcome and can say how it was measured.',
        'Talks naturally in terms of users, trade-offs and measured impact, including work they stopped because it was not paying off.',
      ],
    },
  },
  {
    key: 'pair-coding',
    name: 'Pair coding',
    description: 'Write working, tested code together on a small, realistic data-processing problem.',
    durationMinutes: 60,
    focus: ['swe'],
    instructions: `Goal: see how the candidate writes code they would be happy to maintain, and how they work with another engineer.

Set-up: a shared editor with Python 3 and pytest; the candidate may use the language they are most fluent in. Share the problem text, not the questions below.

Problem: "Sessionise click events. Input: an iterable of events (user_id, timestamp, url), not necessarily sorted. A session is a run of one user's events with gaps of at most 30 minutes. Output: for each session, user_id, start, end, number of events and the list of distinct urls in first-seen order."

Run it as a pairing session, not an exam: answer questions, let them look things up, and nudge if they are stuck for more than 5 minutes (note the nudge). Spend the last 10 minutes on the extension questions. Score on what you saw, not on whether they finished.`,
    questions: [
      [
        'Before writing code: what questions do you have about the input and the expected output?',
        'Asks about unsorted input, equal timestamps, the boundary (is a gap of exactly 30 minutes the same session?), time zones, empty input and memory limits before coding.',
      ],
      [
        'Implement the sessionisation and show me it works.',
        'Sorts by (user, timestamp) or groups by user first; a single clear pass that closes a session when the gap exceeds the limit; small named helpers; writes at least two tests, including the boundary and a user with one event. Runs the code rather than reasoning about it only.',
      ],
      [
        'What is the time and memory cost of your solution? What changes if the input is 200 GB and sorted by timestamp only?',
        'O(n log n) for the sort and O(n) memory; for a stream sorted by time, keeps one open session per active user and evicts sessions idle for more than 30 minutes, so memory is bounded by active users, not by input size.',
      ],
      [
        'Events can arrive up to 5 minutes late. How does your design change?',
        'Recognises the need for a watermark: keep sessions open for gap plus allowed lateness before emitting, or emit and then correct; names the trade-off between latency and correctness.',
      ],
      [
        'If you had another hour, what would you change before this went to code review?',
        'Concrete improvements: types, input validation, property-based tests, clearer names, handling malformed rows, separating parsing from logic.',
      ],
    ],
    rubric: {
      swe: [
        'Does not reach working code for the core case; unclear structure; no tests; cannot explain the cost of the solution.',
        'Reaches a mostly working solution with help; misses boundary cases; tests only when prompted; code would need substantial rework in review.',
        'Working, readable solution with tests for the main and boundary cases; correct complexity; handles the streaming extension with some guidance.',
        'Clarifies requirements first, writes clean tested code quickly, reasons precisely about complexity and memory, and designs the streaming and late-data variants unprompted and correctly; a pleasure to pair with.',
      ],
    },
  },
  {
    key: 'pair-debugging',
    name: 'Pair debugging',
    description: 'Find and fix the bugs in a broken PyTorch training and evaluation loop, explaining each one.',
    durationMinutes: 60,
    focus: ['swe', 'ml'],
    instructions: `Goal: see how the candidate debugs a realistic ML training loop: do they form hypotheses, check them with small experiments and explain the root cause?

Set-up: share the notebook "broken-trainer" (binary classifier on a tabular dataset, a small MLP in PyTorch). The candidate can run code. Tell them only: "The training loss does not go down and the validation accuracy looks too good to be true. Please find out why."

Planted bugs (do not reveal; note which they find and in what order):
1. optimizer.zero_grad() is missing, so gradients accumulate across steps and the updates blow up.
2. The labels have shape (N,) and the model output (N, 1); MSE/BCE broadcasting silently compares every prediction with every label, giving an (N, N) loss.
3. model.eval() is never called before validation, so dropout is active and batch-norm statistics are updated on validation data; and torch.no_grad() is missing.
4. The feature scaler is fitted on the whole dataset before the train/validation split, and one feature is derived from the label (a data leak), which explains the too-good validation accuracy.
5. The learning-rate scheduler is stepped inside the batch loop instead of once per epoch.

Let them drive. If they are stuck for 10 minutes, give a hint ("print the shapes going into the loss") and record it. A strong candidate finds three or more, explains each, and proposes a check that would have caught it.`,
    questions: [
      [
        'Before changing anything: how would you narrow down why the loss is not going down?',
        'A plan, not random edits: overfit a single small batch, print shapes and dtypes at the loss, check gradient norms per step, look at the learning rate actually used, compare against a trivial baseline.',
      ],
      [
        'You found that the loss does not decrease even on one batch. What are the likely causes and how do you tell them apart?',
        'Lists accumulating gradients (missing zero_grad), wrong loss input shapes or broadcasting, a detached graph or frozen parameters, a learning rate that is far too high or low; checks grad norms and parameter change per step to separate them.',
      ],
      [
        'Explain the shape bug you found. Why did PyTorch not raise an error?',
        'Broadcasting (N,1) against (N,) yields (N,N); the loss averages over all pairs, so it trains towards the mean label. Fixes with squeeze or view and adds an assert on shapes; may note PyTorch warns for MSELoss on mismatched sizes.',
      ],
      [
        'Validation accuracy is 99% but the model does poorly on new data. What do you look for?',
        'Checks for leakage: preprocessing fitted before the split, features derived from the label or from the future, duplicate rows across splits; fits the scaler on train only and removes the leaking feature; re-evaluates.',
      ],
      [
        'What changes between training and evaluation mode, and what goes wrong if you forget it?',
        'Dropout is disabled and batch norm uses running statistics in eval mode; forgetting it makes metrics noisy and updates running stats on validation data. torch.no_grad() avoids building the graph and saves memory; both are needed.',
      ],
      [
        'What would you add to this code base so these bugs cannot come back unnoticed?',
        'Unit tests that overfit a tiny batch, shape assertions, a leakage check on the split, logging of learning rate and gradient norms, a fixed-seed smoke test in CI.',
      ],
    ],
    rubric: {
      swe: [
        'Edits code at random without hypotheses; does not run small experiments; finds at most one bug, by luck.',
        'Finds one or two bugs with hints; debugging is partly systematic but slow; fixes symptoms rather than causes.',
        'Works hypothesis-first, uses prints, asserts and small experiments well; finds three or more bugs with at most one hint and fixes them cleanly.',
        'Methodical and fast: isolates each bug with a minimal experiment, finds four or five, fixes root causes and proposes tests and tooling so they stay fixed.',
      ],
      ml: [
        'Cannot explain why the loss misbehaves or why validation accuracy can be misleading; unaware of train versus eval mode.',
        'Knows the concepts when named (zero_grad, eval mode, leakage) but does not connect them to the symptoms unaided.',
        'Connects symptoms to causes: accumulating gradients, broadcasting in the loss, dropout and batch norm in eval, preprocessing leakage; explains each correctly.',
        'Explains each failure precisely and its effect on the numbers, spots the leak from the "too good" metric at once, and discusses how to design evaluation so such leaks are caught early.',
      ],
    },
  },
  {
    key: 'math-puzzles',
    name: 'Math puzzles',
    description: 'Short linear-algebra and probability problems, solved out loud on a whiteboard.',
    durationMinutes: 45,
    focus: ['math'],
    instructions: `Goal: see whether the candidate can reason with linear algebra and probability fluently enough for ML research and modelling work.

Format: pick three or four of the questions below, starting with an easier one. The candidate thinks out loud; paper or a shared whiteboard, no computer algebra. Hints are fine and expected; write down which you gave.

Score the reasoning, not recall: a candidate who sets the problem up correctly and checks their answer with a sanity case is stronger than one who remembers a formula but cannot justify it.`,
    questions: [
      [
        'Let A be a real symmetric n×n matrix. Show that eigenvectors for different eigenvalues are orthogonal. What does this give you for A?',
        'From λ₁ v₁ᵀv₂ = (A v₁)ᵀ v₂ = v₁ᵀ A v₂ = λ₂ v₁ᵀv₂ concludes v₁ᵀv₂ = 0 when λ₁ ≠ λ₂; states the spectral theorem A = QΛQᵀ with orthogonal Q and real eigenvalues, and mentions why this matters (e.g. covariance matrices, PCA).',
      ],
      [
        'For a data matrix X (n×d, centred), how are the principal components related to the SVD of X? What do the singular values tell you?',
        'X = UΣVᵀ; the right singular vectors V are the eigenvectors of XᵀX (the covariance up to 1/(n−1)); variance along component i is σᵢ²/(n−1); projecting on the first k columns of V gives the best rank-k approximation (Eckart–Young).',
      ],
      [
        'When does the least-squares problem min ‖Xw − y‖² have a unique solution? What happens with ridge regularisation?',
        'Unique iff X has full column rank (XᵀX invertible); the solution is w = (XᵀX)⁻¹Xᵀy; ridge adds λI so XᵀX + λI is always invertible for λ > 0, shrinks components along small singular values by σ²/(σ² + λ).',
      ],
      [
        'A test for a condition with 1% prevalence has 95% sensitivity and 90% specificity. A person tests positive. What is the probability they have the condition?',
        'Applies Bayes: 0.95·0.01 / (0.95·0.01 + 0.10·0.99) ≈ 0.0876, about 9%; explains why the base rate dominates and relates it to precision of a classifier on imbalanced data.',
      ],
      [
        'You draw i.i.d. uniform numbers on [0, 1] until their sum exceeds 1. What is the expected number of draws?',
        'P(N > n) = P(sum of n draws ≤ 1) = 1/n!, so E[N] = Σₙ P(N > n) = Σ 1/n! = e. Sets up the tail-sum formula and the simplex volume; a strong candidate checks n = 1 and n = 2 by hand.',
      ],
      [
        'X and Y are independent standard normals. What is the distribution of X + Y, and what is P(X > Y + 1)?',
        'X + Y ~ N(0, 2) by closure of Gaussians under independent sums; X − Y ~ N(0, 2) so P(X − Y > 1) = 1 − Φ(1/√2) ≈ 0.24.',
      ],
    ],
    rubric: {
      math: [
        'Cannot set up the problems; confuses basic definitions (eigenvalue, conditional probability, expectation); no progress even with hints.',
        'Sets up the easier problems with hints but makes errors they do not catch; relies on recalled formulas they cannot justify.',
        'Solves most problems correctly with at most small hints; explains each step; checks answers with a sanity case.',
        'Fluent and rigorous: solves quickly, offers more than one route (e.g. a symmetry argument), connects results to ML practice, and spots edge cases (rank deficiency, degenerate eigenvalues) unprompted.',
      ],
    },
  },
  {
    key: 'ml-theory',
    name: 'ML theory',
    description:
      'A conversation on the foundations of machine learning: generalisation, regularisation, optimisation, evaluation and calibration.',
    durationMinutes: 60,
    focus: ['ml', 'math'],
    instructions: `Goal: judge how deep and how connected the candidate's understanding of ML foundations is, beyond using libraries.

Format: a conversation, not a quiz. Start broad on each topic and follow up on what they say until you reach the edge of their knowledge; it is fine, and informative, to get there. Cover at least four of the topics below. Ask for the math where it helps (a derivation, a formula), but weigh intuition and correct use as much as derivations.

Watch for: precise language, correct intuitions about when things fail, and honest "I don't know, but I would reason like this" answers.`,
    questions: [
      [
        'Explain the bias–variance trade-off. How does it square with very large neural networks that generalise well despite fitting the training data perfectly?',
        'Decomposes expected squared error into bias², variance and noise; explains the classic U-curve; knows about double descent and the role of implicit regularisation (SGD, architecture, early stopping) in over-parameterised models, without overclaiming.',
      ],
      [
        'Compare L1 and L2 regularisation. Why does L1 give sparse solutions? What is the Bayesian reading of each?',
        'L1 corners of the constraint set hit axes, subgradient at zero; L2 shrinks smoothly; L2 ↔ Gaussian prior and L1 ↔ Laplace prior as MAP estimates; mentions weight decay versus L2 in adaptive optimisers (AdamW).',
      ],
      [
        'What does it mean for a classifier to be calibrated? How do you measure and fix miscalibration?',
        'P(y = 1 | p̂ = p) = p; reliability diagrams, expected calibration error and its binning caveats, Brier score and log loss as proper scoring rules; fixes with temperature or Platt scaling or isotonic regression on held-out data; notes that calibration and ranking quality (AUC) are different properties.',
      ],
      [
        'Your model has 0.92 AUC offline but the business metric did not move in an A/B test. What could explain it?',
        'Distribution shift between offline data and live traffic, leakage in the offline set, the offline metric not aligned with the decision (ranking vs. threshold, calibration), feedback loops, underpowered test; proposes how to check each.',
      ],
      [
        'Why does cross-entropy work better than squared error for classification with a sigmoid or softmax output?',
        "Derives the gradient: with cross-entropy the gradient w.r.t. the logits is p̂ − y, so it does not vanish when the sigmoid saturates, whereas squared error multiplies by σ'(z); links cross-entropy to maximum likelihood.",
      ],
      [
        'When would you prefer a gradient-boosted tree model over a neural network, and why?',
        'Tabular data of moderate size with heterogeneous features, need for fast iteration and robustness to feature scaling and missing values; neural networks for unstructured data, very large data or when representation learning or transfer matters.',
      ],
    ],
    rubric: {
      ml: [
        'Describes methods only by library calls; wrong or missing intuitions about overfitting, regularisation or evaluation.',
        'Knows textbook definitions but struggles to apply them to a scenario or to explain when they fail.',
        'Solid, correct understanding of the core topics; applies them to the practical scenarios and reasons about failure modes.',
        'Deep and connected understanding: moves between theory and practice, knows current results (double descent, calibration of modern networks) and their limits, and reasons crisply about unfamiliar cases.',
      ],
      math: [
        'Cannot support claims with any math; errors in basic derivations.',
        'Can write down standard formulas but not derive or manipulate them.',
        'Derives the key results asked (bias–variance decomposition, cross-entropy gradient) with minor slips they correct.',
        'Derivations are quick and clean, and used to sharpen the argument rather than as recitation.',
      ],
    },
  },
  {
    key: 'take-home',
    name: 'Take-home project',
    description: 'A half-day modelling project on a provided dataset with an evaluation harness, followed by a review of the submission.',
    durationMinutes: 60,
    focus: ['ml', 'swe', 'comms'],
    instructions: `Goal: see the candidate's real working style on a realistic problem without interview pressure, then discuss their choices.

The assignment (sent by the recruiter): a churn-prediction dataset (about 50k customers, 40 features, monthly snapshots) and an evaluation harness that scores predictions on a hidden test month. Time box: about 4 hours; we say so explicitly and ask them to note what they would do with more time. Deliverables: code that runs from a clean checkout, predictions for the test month, and a short write-up (at most 2 pages) of approach, results and limitations.

Grading: graders read the submission before the review call, with the candidate's name hidden when blind grading is on. Then a 60-minute review: 10 minutes for the candidate to present, 40 minutes of questions, 10 minutes for theirs. Do not reward polish that clearly exceeded the time box; reward judgement.`,
    questions: [
      [
        'Walk me through your approach and the one decision you are least sure about.',
        'A coherent narrative from problem framing to result; names a real uncertainty (e.g. the validation scheme) and why they chose as they did.',
      ],
      [
        'How did you split the data for validation, and why?',
        'Uses a time-based split because the data are monthly snapshots; avoids leaking future snapshots of the same customer into training; explains how the split mirrors the test month.',
      ],
      [
        'Which baseline did you compare against, and how much did your model beat it by?',
        "A simple baseline (e.g. last month's churn rate per segment, or logistic regression on a few features) with the metric and uncertainty; improvement reported honestly, even if modest.",
      ],
      [
        'Which features mattered, and is any of them suspicious?',
        'Uses permutation importance or SHAP with appropriate caution; spots features that encode the outcome (e.g. "cancellation_requested") and discusses removing them.',
      ],
      [
        'How would someone else run and extend your code?',
        'README with one command to reproduce, pinned dependencies, fixed seeds, configuration separated from code, a few tests on the feature pipeline.',
      ],
      [
        'If this went to production next month, what would you monitor?',
        'Input drift per feature, prediction distribution, calibration against realised churn once labels arrive, data freshness; alert thresholds tied to business cost.',
      ],
    ],
    rubric: {
      ml: [
        'Leaky or invalid validation; no baseline; conclusions not supported by the results.',
        'Reasonable model but weak validation or no honest comparison to a baseline; misses obvious leakage.',
        'Sound, leakage-free validation, a sensible baseline, appropriate model and metric, honest discussion of results and limits.',
        'Excellent judgement: framing matched to the business question, careful validation, error analysis that leads to improvements, and clear-eyed limitations.',
      ],
      swe: [
        'Code does not run from a clean checkout or is a single unreadable notebook.',
        'Runs with effort; little structure, no tests, hard to extend.',
        'Runs with one command; readable structure; some tests or checks; reproducible.',
        'Clean, modular, tested and reproducible; another engineer could extend it the same day.',
      ],
      comms: [
        'Write-up missing or unclear; cannot explain choices in the review.',
        'Write-up describes what was done but not why; review answers need heavy prompting.',
        'Clear write-up with approach, results and limitations; explains choices well in the review.',
        'Concise, decision-oriented write-up a manager could act on; handles challenges in the review thoughtfully and concedes good points.',
      ],
    },
  },
  {
    key: 'applied-ml-design',
    name: 'Applied ML system design',
    description:
      'Design an end-to-end ML system, such as a recommendation or retrieval system, from problem framing to offline and online evaluation and operation.',
    durationMinutes: 60,
    focus: ['ml', 'ops', 'data', 'product'],
    instructions: `Goal: judge whether the candidate can design an ML system that works in production and serves a real goal, not just pick a model.

Prompt: "Design the system that recommends articles on the home page of a news app with 5 million daily users. Articles are published continuously and are mostly relevant for a day or two." (Alternative for retrieval-focused roles: "Design semantic search over 50 million support documents with a p95 latency budget of 200 ms.")

Let the candidate drive; interrupt only to keep time. Aim for: 10 minutes framing and metrics, 15 minutes data and features, 15 minutes modelling (candidate generation and ranking), 15 minutes serving, evaluation and monitoring, 5 minutes wrap-up. Push on at least one trade-off in depth. A strong candidate asks what success means before proposing any model.`,
    questions: [
      [
        'What is the goal of this system and how will you know it works?',
        'Distinguishes the business goal (retention, time well spent) from proxy metrics (CTR, dwell time); warns about optimising clickbait; defines guardrail metrics (diversity, freshness, complaints) and an online A/B success metric.',
      ],
      [
        'What data do you need, and how do you build training labels?',
        'Impression and interaction logs joined with article and user features; handles position bias and the fact that unshown items have no labels; point-in-time correct feature joins to avoid leakage; cold start for new articles and users.',
      ],
      [
        'Sketch the modelling approach.',
        'Two stages: candidate generation (two-tower embeddings with approximate nearest-neighbour search, recency and popularity sources) and a ranking model (gradient-boosted trees or a neural ranker) with freshness features; explains why two stages are needed for latency.',
      ],
      [
        'How do you evaluate offline, and why might offline and online results disagree?',
        'Time-based split, ranking metrics (NDCG, recall@k), counterfactual or off-policy evaluation with logged propensities; disagreement from feedback loops, position bias, distribution shift and metric mismatch; uses offline only to filter, online A/B to decide, with interleaving for sensitivity.',
      ],
      [
        'How is this served and kept fresh?',
        'Precomputed user embeddings with near-real-time updates, a feature store with consistent online and offline features, an ANN index rebuilt or updated incrementally as articles arrive, latency budget split across stages, a fallback to popular items.',
      ],
      [
        'What do you monitor after launch, and how do you roll out a new model safely?',
        'Feature and prediction drift, latency and error rates, business and guardrail metrics, training-serving skew checks; shadow deployment then canary then A/B test, with automatic rollback.',
      ],
    ],
    rubric: {
      ml: [
        'Jumps to a model without framing; cannot describe a sensible approach or evaluation.',
        'Plausible model choice but weak on labels, leakage or evaluation; offline metric treated as the goal.',
        'Sound two-stage design, appropriate labels and metrics, sensible offline and online evaluation.',
        'Expert: anticipates position bias, feedback loops and cold start, uses off-policy evaluation and interleaving appropriately, and justifies each choice with trade-offs.',
      ],
      ops: [
        'No thought about serving, latency or monitoring.',
        'Mentions deployment only at a high level; no monitoring or rollout plan.',
        'Realistic serving architecture within the latency budget, monitoring of drift and errors, a safe rollout.',
        'Detailed and pragmatic: training-serving skew, fallbacks, capacity and cost, incremental index updates, automated rollback criteria.',
      ],
      data: [
        'Does not say where the data come from or how labels are built.',
        'Names data sources but misses joins, freshness or leakage issues.',
        'Point-in-time correct features, a clear logging and labelling pipeline, awareness of data quality checks.',
        'Designs data collection for learning (e.g. exploration traffic, propensity logging), a consistent feature store, and data quality gates.',
      ],
      product: [
        'No link between the system and what users or the business need.',
        'Mentions a business metric but optimises a proxy without discussing its risks.',
        'Chooses metrics that reflect user value, with guardrails, and explains trade-offs to stakeholders.',
        "Frames the problem from the user's point of view, anticipates harms (clickbait, filter bubbles) and proposes how to measure long-term value.",
      ],
    },
  },
  {
    key: 'deep-dive',
    name: 'Project or paper deep dive',
    description:
      'The candidate presents a past project or paper of their own; the interviewers probe its depth, their contribution and their judgement.',
    durationMinutes: 60,
    focus: ['research', 'comms', 'ml'],
    instructions: `Goal: understand how deep the candidate's best work really is and what their own contribution was.

Ask the candidate in advance to choose one project or paper they led or contributed to substantially and to prepare a 15-minute presentation (slides optional). Read the paper or project material beforehand if it is public.

Format: 15 minutes of presentation without interruption except for clarifications, 35 minutes of questions going deeper on two or three points, 10 minutes for their questions. Keep asking "why" and "how do you know" until you reach the limit of what they did and understood. Separate their contribution from their co-authors'.`,
    questions: [
      [
        'What was the key idea, and why had it not been done before?',
        'States the contribution in one or two sentences; positions it accurately against prior work; understands why the idea was non-obvious or newly feasible.',
      ],
      [
        'Which part of this work was yours, specifically?',
        'Concrete, honest description of their own decisions, code and experiments, and credit to others.',
      ],
      [
        'What was the strongest baseline, and how sure are you that your improvement is real?',
        'Tuned baselines fairly, multiple seeds with variance or confidence intervals, ablations isolating the contribution; knows the weaknesses of the evaluation.',
      ],
      [
        'What went wrong along the way, and what did you change because of it?',
        'A real failure or dead end, what they learned and how they changed the approach; shows judgement about when to pivot.',
      ],
      [
        'If a reviewer had to reject this work, what would their best argument be?',
        'Steel-mans the critique: limited evaluation, unclear generality, compute cost; responds with evidence or concedes.',
      ],
      [
        'What would you do next with six more months?',
        'Prioritised follow-ups with reasons; distinguishes incremental improvements from genuinely new questions.',
      ],
    ],
    rubric: {
      research: [
        'Cannot explain the contribution or its novelty; contribution appears minor or unclear.',
        'Understands their work at a surface level; weak on baselines, ablations or why it works.',
        'Clear, significant personal contribution; sound experimental methodology; good judgement about limitations and next steps.',
        'Original, well-executed work with deep understanding; anticipates critiques, knows the field well, and has compelling ideas for what comes next.',
      ],
      comms: [
        'Presentation disorganised; cannot adapt when asked to simplify or go deeper.',
        'Understandable but loses the audience in detail or skips essential context.',
        'Well-structured talk; adapts depth to the questions; clear figures or explanations.',
        'Excellent storytelling: motivates the problem, makes the key idea intuitive, and handles hard questions gracefully.',
      ],
      ml: [
        'Misunderstands the methods used in their own work.',
        'Knows what was done but not why alternatives were rejected.',
        'Explains the methods and their trade-offs correctly, including alternatives.',
        'Deep command of the methods and their theory; connects the work to broader ML developments.',
      ],
    },
  },
  {
    key: 'data-pipeline-design',
    name: 'Data pipeline design',
    description:
      'Design a batch and streaming data pipeline that feeds analytics and ML training, with attention to correctness, cost and operations.',
    durationMinutes: 60,
    focus: ['data', 'ops'],
    instructions: `Goal: judge whether the candidate can design data pipelines that are correct, recoverable and operable, not just draw boxes.

Prompt: "Our mobile app emits about 2 billion events a day. Design the pipeline that makes these events available for (a) daily analytics dashboards and (b) ML training sets with point-in-time correct user features, and (c) a few features that must be fresh within one minute for online inference."

Let them drive; ask for concrete choices (formats, partitioning, tools they know) and push on failure cases: late and duplicate events, schema changes, backfills, a bad deploy that corrupted a day of data. Spend at least 15 minutes on correctness and recovery.`,
    questions: [
      [
        'Sketch the pipeline from the app to the three consumers.',
        'Ingestion into a durable log (e.g. Kafka), raw immutable landing zone in columnar files partitioned by event date, batch transformation into modelled tables, a streaming path for fresh features; clear ownership of each stage.',
      ],
      [
        'How do you handle late, duplicate and out-of-order events?',
        'Event-time processing with watermarks, idempotent writes keyed by event id, deduplication windows, reprocessing late partitions, and clarity about which consumers tolerate which delays.',
      ],
      [
        'How do you make ML training sets point-in-time correct?',
        'Feature values stored with validity timestamps; training joins "as of" the label time; the same feature definitions used online and offline (feature store or shared code) to avoid training-serving skew.',
      ],
      [
        'A producer changes an event schema without telling you. What happens, and how do you prevent damage?',
        'Schema registry with compatibility rules, contracts with producers, validation at ingestion with quarantine of bad records, alerts; the pipeline degrades gracefully instead of silently writing nulls.',
      ],
      [
        "A bug corrupted yesterday's data. Walk me through the recovery.",
        'Immutable raw data allow replay; partitions are overwritten idempotently by re-running the job for the affected dates; downstream tables and features recomputed in dependency order; consumers told; a post-mortem and a data test that would have caught it.',
      ],
      [
        'How do you know the pipeline is healthy, and what does it cost?',
        'Freshness, volume and null-rate checks per table, SLAs with alerts, lineage; storage and compute cost estimates with levers (partition pruning, compaction, tiered storage).',
      ],
    ],
    rubric: {
      data: [
        'Vague boxes with no formats, partitioning or correctness story; ignores late or duplicate data.',
        'Reasonable architecture but hand-waves correctness: deduplication, point-in-time joins or schema change handling missing.',
        'Concrete, correct design: event-time processing, idempotent writes, point-in-time correct training data, schema management.',
        'Expert: designs for replay and backfill from the start, precise about trade-offs between latency and completeness, data contracts and quality gates built in.',
      ],
      ops: [
        'No monitoring, alerting or recovery plan.',
        'Mentions monitoring generically; recovery would be manual and risky.',
        'Clear SLAs, freshness and quality alerts, a credible recovery runbook.',
        'Operable by design: idempotent re-runs, lineage, capacity and cost reasoning, on-call friendly alerts and post-mortem practice.',
      ],
    },
  },
  {
    key: 'product-case',
    name: 'Product case',
    description: 'Work through an ML product decision: what to build, for whom, how to measure it and what to say no to.',
    durationMinutes: 45,
    focus: ['product', 'comms'],
    instructions: `Goal: see how the candidate decides what an ML team should build and how they communicate that decision.

Prompt: "You are the product lead for the support team of a SaaS company (20,000 tickets a week). The CEO wants 'AI for support' this quarter. You have two ML engineers. What do you do?"

Let them structure the problem. Play the stakeholders when asked (the CEO wants a headline launch, the support lead worries about wrong answers reaching customers). Push on metrics, risks and what they would not do. End by asking for a two-minute summary they would give the CEO.`,
    questions: [
      [
        'Who are the users and what problem are you solving for them?',
        'Segments users (customers, support agents, managers), finds the costly pain (e.g. time to first response, repetitive tickets), uses data to size it rather than assuming.',
      ],
      [
        'What options do you see, and which one would you pick first?',
        'Several options (agent-assist suggested replies, ticket routing and triage, self-service answer bot), compared on value, feasibility with two engineers, risk and time to learn; picks a low-risk, high-learning first step such as agent assist with a human in the loop.',
      ],
      [
        'How will you measure success, and what are the guardrails?',
        'A primary metric tied to value (handle time, resolution rate) with guardrails (customer satisfaction, escalation rate, wrong-answer rate); an experiment design and a decision threshold set in advance.',
      ],
      [
        'What could go wrong, and how do you reduce the risk?',
        'Wrong or harmful answers, privacy of ticket data, agent distrust, cost; mitigations: human review, confidence thresholds, staged rollout, feedback capture, evaluation set of real tickets.',
      ],
      [
        'Give me the two-minute summary you would give the CEO.',
        'Leads with the recommendation and expected impact, states the plan, the metric and the risks plainly, and asks for a clear decision; no jargon.',
      ],
    ],
    rubric: {
      product: [
        'Jumps to a solution without users, problem or metrics; accepts the "AI" ask uncritically.',
        'Identifies users and some options but weak prioritisation or metrics; misses major risks.',
        'Clear user problem, reasoned prioritisation given the constraints, sound metrics and guardrails, risk mitigations.',
        'Reframes the ask into an outcome, sequences work for fast learning, anticipates second-order effects, and would clearly be trusted with the roadmap.',
      ],
      comms: [
        'Disorganised; cannot summarise; talks past the stakeholder.',
        'Understandable but long-winded or jargon-heavy; the summary buries the recommendation.',
        'Structured throughout; a crisp summary leading with the recommendation.',
        'Persuasive and adaptive: handles the CEO and the support lead differently and well, and the summary would get a decision in the room.',
      ],
    },
  },
  {
    key: 'hiring-manager',
    name: 'Hiring-manager conversation',
    description: "The hiring manager's conversation on scope, ways of working, growth and fit with the team's goals.",
    durationMinutes: 45,
    focus: ['comms', 'product'],
    instructions: `Goal: decide whether the candidate would succeed in this team's actual work and whether the role fits what they want; sell the role honestly.

Before: read the scorecards so far and pick the one or two open questions the loop has not answered; focus there rather than repeating earlier interviews.

Use behavioural questions ("tell me about a time…") and ask for specifics: what they did, what happened, what they learned. Describe the team's real challenges, including the unglamorous ones, and ask how they would approach them. Leave 10 minutes for their questions; the questions they ask are signal too.`,
    questions: [
      [
        'Tell me about a time you disagreed with a technical or product decision. What did you do?',
        'Raised the disagreement with evidence, listened, and either changed the decision or committed to it; no grudges; reflects on what they would do differently.',
      ],
      [
        'Tell me about a project that failed or was cancelled. What was your part?',
        'Takes ownership of their share, explains what signals they missed, and what they now do earlier (e.g. validate the metric before building).',
      ],
      [
        'How do you decide what to work on when everything seems important?',
        'Ties priorities to team goals and impact, makes trade-offs explicit, communicates them to stakeholders, and revisits them.',
      ],
      [
        'Here is a problem our team has right now: [describe it]. How would you approach your first month on it?',
        'Asks clarifying questions, plans to learn the context and data before building, proposes a small early win and a way to measure it.',
      ],
      [
        'What do you want to learn in the next two years, and what support do you need from a manager?',
        'Specific growth goals that the role can support; self-aware about how they work best.',
      ],
    ],
    rubric: {
      comms: [
        'Answers are vague or inconsistent; avoids specifics; poor listening.',
        'Gives examples but little reflection; struggles to describe conflict or failure constructively.',
        "Specific, honest examples with reflection; listens well and engages with the team's problems.",
        'Exceptionally clear and candid; shows they make the people around them better; their questions show real understanding of the role.',
      ],
      product: [
        "No sense of why the team's work matters or how priorities are set.",
        'Understands goals when explained but does not connect their own work to them.',
        'Connects their work to team and user goals; prioritises sensibly.',
        "Thinks like an owner: frames work in terms of outcomes, proposes what to stop doing, and would improve the team's direction.",
      ],
    },
  },
];

/** A role's loop template: [stage name, interview type keys run in that stage]. */
export type SeedLoop = [stage: string, types: string[]][];

/** Loop templates per role key (the roles seeded by SeedRolesAndCompetencies). */
export const ROLE_LOOPS: Record<string, SeedLoop> = {
  'ml-engineer': [
    ['Recruiter screen', ['recruiter-screen']],
    ['Pair coding', ['pair-coding']],
    ['Pair debugging', ['pair-debugging']],
    ['Take-home', ['take-home']],
    ['Applied ML design', ['applied-ml-design']],
    ['Project deep dive', ['deep-dive']],
    ['Hiring manager', ['hiring-manager']],
  ],
  'ml-researcher': [
    ['Recruiter screen', ['recruiter-screen']],
    ['Paper deep dive', ['deep-dive']],
    ['Math puzzles', ['math-puzzles']],
    ['ML theory', ['ml-theory']],
    ['Pair debugging', ['pair-debugging']],
    ['Hiring manager', ['hiring-manager']],
  ],
  'data-scientist': [
    ['Recruiter screen', ['recruiter-screen']],
    ['Take-home', ['take-home']],
    ['Statistics and ML', ['math-puzzles', 'ml-theory']],
    ['Product case', ['product-case']],
    ['Hiring manager', ['hiring-manager']],
  ],
  'data-engineer': [
    ['Recruiter screen', ['recruiter-screen']],
    ['Pair coding', ['pair-coding']],
    ['Data pipeline design', ['data-pipeline-design']],
    ['Pair debugging', ['pair-debugging']],
    ['Hiring manager', ['hiring-manager']],
  ],
  'mlops-engineer': [
    ['Recruiter screen', ['recruiter-screen']],
    ['Pair coding', ['pair-coding']],
    ['Pair debugging', ['pair-debugging']],
    ['Production design', ['applied-ml-design', 'data-pipeline-design']],
    ['Hiring manager', ['hiring-manager']],
  ],
  'ml-product-manager': [
    ['Recruiter screen', ['recruiter-screen']],
    ['Product case', ['product-case']],
    ['Applied ML design', ['applied-ml-design']],
    ['Project deep dive', ['deep-dive']],
    ['Hiring manager', ['hiring-manager']],
  ],
};
