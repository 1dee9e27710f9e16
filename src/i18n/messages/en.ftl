# What the core says, in English. Every message here has the same id and variables in
# vi.ftl and th.ftl (a test holds them together). Names arrive already quoted with their
# keys: $objective is `"Title" (key)`, $owner is `Name (key)`.

## Link rules

orphan = { $objective } of { $owner } in { $quarter } is not linked to any objective of the level above, so it does not count towards the company's goals.

cross-branch = { $objective } of { $owner } in { $quarter } is linked to { $parent } of { $relation }; it should support an objective of someone above { $name }.
cross-branch-own = { $name }'s own objective
cross-branch-below = { $other }, who is below { $name } in the organisation
cross-branch-colleague = { $other }, a colleague in { $unit }
cross-branch-elsewhere = { $other }, in another branch of the organisation

quarter-mismatch = { $objective } of { $owner } in { $quarter } is linked to { $target }; an objective must support one of its own quarter.
quarter-mismatch-parent = { $parent } of { $parent_owner }, an objective of { $parent_quarter }
quarter-mismatch-elsewhere = an objective of another quarter

skip-level = { $objective } of { $owner } in { $quarter } is linked straight to { $parent } of { $parent_owner }, skipping { $skipped }.

unsupported = No objective supports { $objective } of { $owner } in { $quarter }: none of the { $below } links to it.
unsupported-divisions = divisions
unsupported-teams = teams
unsupported-agents = agents
unsupported-suggestion = Ask the { $below } of { $name } to link an objective to it, merge it into one that is supported, or drop it.

link-unlink = Unlink it: the objectives of the company, { $company }, are the top of the cascade and link to nothing.
link-nothing-yet = { $manager } has no objectives in { $quarter } yet: add one there, then link this objective to it.
link-to = Link it to an objective of { $manager } in { $quarter }, for example { $examples }.

## Key result rules

no-key-results = { $objective } of { $owner } in { $quarter } has no key result, so nobody can tell whether it was achieved.
no-key-results-suggestion = Add up to { $cap } measurable key results, each with a baseline and a target (for example first response time from 120 to 60 seconds).

too-many-key-results = { $objective } of { $owner } in { $quarter } has { $count } key results, { $over } more than the plan's limit of { $cap }.
too-many-key-results-suggestion = Keep the { $cap } that best show whether it is achieved; drop repeats, or move the rest to an objective of their own.

flat-target = { $objective } of { $owner } in { $quarter } has { $which }, so there is nothing to achieve: { $list }.
flat-target-one = a key result whose target equals its baseline
flat-target-many = key results whose targets equal their baselines
flat-target-suggestion = Set a target that asks for an improvement, or make it a guardrail (keep-above or keep-below) if the aim is to hold the level.

overreaching-target = { $objective } of { $owner } in { $quarter } asks for more change than the plan's limit of { $limit } of the baseline: { $list }.
overreaching-target-change = { $kr }, a change of { $change }
overreaching-target-suggestion = Check the numbers; set a target within reach this quarter and carry the rest into the next, or raise the plan's change limit.

kr-target-only = "{ $title }" (target { $target }{ $unit })

## People rules

same-as-colleague = { $objective } of { $owner } in { $quarter } has the same title as { $others }, in the same team { $team }.
same-as-colleague-other = { $objective } of { $owner }
same-as-colleague-suggestion = Make it say what { $name } will do in their own role: their channel, shift or customers.

overload = { $node } owns { $count } objectives in { $quarter }, { $over } more than { $why } of { $cap }.
overload-own-cap = their own cap
overload-new-hire-cap = the cap for new hires
overload-company-cap = the company's cap
overload-division-cap = the cap for divisions
overload-team-cap = the cap for teams
overload-agent-cap = the cap for agents
overload-pick = "{ $title }" ({ $key }, { $done } done)
overload-pick-unsupported = "{ $title }" ({ $key }, { $done } done, supported by nobody)
overload-suggestion = Drop, merge or hand over { $over } of them, for example { $picks }; or give { $name } a higher cap.

## Lists

and = and
or = or

## Check-in charts

chart-empty = no check-ins yet
chart-label = { $title }: check-ins against the { $goal } { $value }
chart-goal-target = target
chart-goal-keep-above = keep above
chart-goal-keep-below = keep below

## Review reports

report-title = OKR review: { $company }, { $quarter }
report-locked = 🔒 Locked after review by { $who }, { $date }
report-company = Company
report-division = Division
report-team = Team
report-agent = Agent
report-reviewed = ✓ reviewed by { $who }, { $date }
report-not-reviewed = not reviewed yet
report-no-objectives = No objectives in { $quarter }.
report-col-objective = Objective
report-col-owner = Owner
report-col-krs = KRs
report-col-key-results = Key results
report-col-own = Own
report-col-aligned = Aligned
report-col-score = Score
report-col-supports = Supports
report-col-person = Person
report-col-role = Role
report-col-objectives = Objectives
report-col-cap = Cap
report-committed = committed
report-miss = miss to review
report-at-risk = at risk
report-over-cap = over cap
report-new-hire = new hire
report-score = score { $score }
report-met = met
report-progress = progress
report-missed = missed
report-on-track = on-track
report-off-track = off-track
report-error = error
report-warning = warning
report-info = info
report-errors-one = { $n } error
report-errors-many = { $n } errors
report-warnings-one = { $n } warning
report-warnings-many = { $n } warnings
report-infos-one = { $n } info
report-infos-many = { $n } infos
report-findings = Findings
report-summary = { $objectives } objectives, { $key_results } key results · own progress { $own } · aligned progress { $aligned } · { $over } over their objective cap · findings: { $findings }
report-scores = Scores: { $misses } committed miss(es) to review · { $risk } objective(s) at risk · { $reviewed } of { $teams } teams reviewed
report-total-objectives = objectives
report-total-key-results = key results
report-total-own = own progress
report-total-aligned = aligned progress
report-total-over-cap = over their cap
report-total-errors = errors
report-total-warnings = warnings
report-total-infos = infos
report-total-misses = committed misses to review
report-total-at-risk = at risk
report-total-reviewed = teams reviewed
report-legend = Own: progress of the objective's own key results. Aligned: the mean of its own progress and the aligned progress of each objective that supports it, so it shows whether the work below keeps up. ⚠ marks an objective with findings.

## The template library (okr templates)

library-role-director = Director
library-role-lead = Team lead
library-role-agent = Agent

## Excel export of a quarter

xlsx-sheet-company = Company
xlsx-sheet-divisions = Divisions
xlsx-sheet-teams = Teams
xlsx-sheet-agents = Agents
xlsx-sheet-findings = Findings
xlsx-sheet-load = Load
xlsx-owner-key = Owner key
xlsx-owner = Owner
xlsx-objective-key = Objective key
xlsx-objective = Objective
xlsx-commitment = Commitment
xlsx-supports = Supports
xlsx-objective-score = Objective score
xlsx-reading = Reading
xlsx-miss = Miss to review
xlsx-at-risk = At risk
xlsx-kr-key = Key result key
xlsx-kr = Key result
xlsx-kind = Kind
xlsx-baseline = Baseline
xlsx-target = Target
xlsx-current = Current
xlsx-unit = Unit
xlsx-weight = Weight
xlsx-progress = Progress
xlsx-score = Score
xlsx-confidence = Confidence
xlsx-severity = Severity
xlsx-rule = Rule
xlsx-message = Message
xlsx-suggestion = Suggestion
xlsx-level = Level
xlsx-reports-to = Reports to
xlsx-objectives = Objectives
xlsx-cap = Cap
xlsx-over-cap-by = Over cap by
xlsx-committed = committed
xlsx-aspirational = aspirational
xlsx-kind-progress = progress
xlsx-kind-keep-above = keep-above
xlsx-kind-keep-below = keep-below
xlsx-company = company
xlsx-division = division
xlsx-team = team
xlsx-agent = agent

## The import template (okr template) and its explanation sheet

template-help-sheet = About the columns
template-help-intro = Fill in the sheets org, objectives and key_results, keep their headers, and import the workbook: okr import PLAN --xlsx FILE.xlsx, or Import in the app. Rows may come in any order.
template-help-sheet-column = Sheet
template-help-column = Column
template-help-required = Required
template-help-what = What it holds
template-yes = yes
template-no = no
template-org-key = A short key for the person or unit, unique in the plan (cskh-team-01); the other sheets name them by it.
template-org-name = The person's or unit's name, in any script.
template-org-level = company, division, team or agent (pick from the list): one company, a division under it, a team under a division, an agent under a team.
template-org-parent = The key of the unit above; empty for the company.
template-org-role = Optional: the person's role.
template-org-new_hire = Optional: TRUE for a new hire, who gets a smaller objective cap.
template-org-objective_cap = Optional: how many objectives they may own in a quarter (a whole number).
template-org-notes = Optional: notes.
template-objectives-key = A short key for the objective, unique in the plan (cskh-2026q4-1).
template-objectives-quarter = The quarter, written YYYY-Qn (2026-Q4); pick from the list.
template-objectives-owner = The key of the person or unit who owns it, from the organisation sheet.
template-objectives-title = The objective, in a sentence.
template-objectives-parent = The key of the objective of the level above that it supports; empty for the company's objectives.
template-objectives-description = Optional: more about the objective.
template-objectives-commitment = Optional: aspirational (met at 0.7) or committed (expected to reach 1.0); pick from the list.
template-key_results-objective = The key of its objective, from the objectives sheet.
template-key_results-title = The key result: what is measured.
template-key_results-baseline = The value at the start (a number); may be empty.
template-key_results-target = The value to reach (a number).
template-key_results-current = The value now (a number).
template-key_results-unit = Optional: the unit (%, seconds, calls).
template-key_results-weight = Optional: its weight in the objective's score (1 when empty).
template-key_results-kind = Optional: progress (from baseline to target), keep-above or keep-below (a guardrail that holds); pick from the list.
template-key_results-key = Optional: its key (cskh-2026q4-1-kr1); it keeps the key result's check-ins when the workbook is imported again. Made from the objective's key when empty.
template-key_results-score = Optional: a score set by hand, from 0 to 1.
template-key_results-confidence = Optional: on-track, at risk or off-track; pick from the list.
template-key_results-measure = Optional: what it measures, as your helpdesk's weekly report heads its column (CSAT, FRT, FCR, AHT, QA, NPS); okr checkin --from records the report's values on every key result of that measure.

## Errors: what went wrong, where, and what to do (codes stay English; these are for people)

text = { $text }
error-not-a-plan = { $path }: not a Cascade plan ({ $reason }); the file was not changed
error-no-such-file = there is no such file
error-not-a-file = not a file
error-empty-file = the file is empty
error-other-database = an SQLite database of another program
error-other-database-id = an SQLite database of another program, application id { $id }
error-newer-schema = { $path } was made by a newer Cascade (plan format { $found }, this version reads up to { $supported }); update Cascade to open it. The file was not changed
error-already-exists = { $path } already exists; choose another name or open it instead
error-would-overwrite = { $path } already exists; export into an empty folder, or move the file away first. Nothing was written
error-busy = the plan is busy: another window or program is writing to it; try again in a moment
error-read-only = the plan is read-only here ({ $reason }); open a copy to make changes
error-read-only-not-writable = the file or its folder is not writable
error-read-only-old = it was made by an older Cascade and must be upgraded, but the file is not writable
error-read-only-file = the file is not writable
error-not-found = no { $what } with { $by } "{ $value }"
error-duplicate-key = a { $what } with key "{ $key }" already exists
error-invalid = { $field }: "{ $value }" { $problem }
error-level-order = { $child }: { $child_level } must sit under { $expected }, not { $found }
error-second-company = the plan already has a company ("{ $existing }"); a plan holds exactly one company
error-cycle = linking "{ $child }" under "{ $parent }" would make a cycle ({ $path })
error-has-dependents = { $what } "{ $key }" still holds { $children } child node(s) and { $objectives } objective(s); delete them too, or move them first
error-outside-review = { $what } is not possible here: this review copy covers only { $node }'s part of the plan
error-not-a-review = { $path } is not a review copy (make one with "Hand out for review" or `okr handout`); nothing was merged
error-foreign-review = { $path } is a review copy of another plan ({ $detail }); nothing was merged
error-tampered-review = { $path } was changed outside the part it was handed out for ({ $what }); nothing was merged
error-quarter-locked = quarter { $quarter } is locked (locked by { $locked_by } after its review), so its objectives, key results, check-ins and reviews cannot be changed; unlock the quarter first (okr unlock PLAN --quarter { $quarter }, or Unlock in the app). Nothing was changed
error-locked-quarters = this change touches a locked quarter ({ $locked }), so it cannot be made; unlock the quarter first (okr unlock PLAN --quarter Q, or Unlock in the app). Nothing was changed
error-spreadsheet = { $path }: the spreadsheet could not be written ({ $reason }); nothing was written
error-broken = { $row }, { $field }: { $rule }
error-refused-review = { $path } cannot be merged: { $why }; nothing was merged
error-damaged = the plan file is damaged ({ $detail }); restore it from a backup
error-io = the file could not be read or written: { $detail }
error-file-read = { $path }: the file could not be read ({ $detail }); check that it exists and that you may read it
error-file-write = { $path }: the file could not be written ({ $detail }); check the folder exists and that you may write there
error-storage = the plan file could not be used ({ $what }); nothing was changed
error-migration = the plan file could not be upgraded: { $detail }; the file was not changed
error-no-plan = no plan is open; open or create one
error-internal = the task stopped before it finished ({ $detail }); try again, and if it happens again, restart Cascade

## What the storage said, without SQL

storage-unexpected = the plan file gave an answer this version of Cascade did not expect
storage-key-taken = a key it needs is already taken
storage-missing-link = a link points to something that is not in the plan
storage-out-of-range = a value is missing or outside what the plan allows
storage-disk-full = the disk is full
storage-disk-failed = the disk could not be read or written
storage-cannot-open = the file could not be opened
storage-permission = the file may not be used here
storage-refused = a rule of the plan file refused the change
storage-failed = the storage failed

## What a plan holds, as errors name it

thing-objective = objective
thing-owner = owner
thing-check-in = check-in
thing-node = node
thing-key-result = key result
thing-comment = comment
by-id = id
by-key = key
level-company = company
level-division = division
level-team = team
level-agent = agent
level-a-company = a company
level-a-division = a division
level-a-team = a team
level-an-agent = an agent
level-nothing-top = nothing (the company is the top)
level-nothing = nothing
level-the-node = the { $level } "{ $key }"

## Fields and columns

field-title = title
field-name = name
field-key = key
field-quarter = quarter
field-quarters = quarters
field-commitment = commitment
field-confidence = confidence
field-kind = kind
field-level = level
field-date = date
field-to = to
field-score = score
field-weight = weight
field-baseline = baseline
field-target = target
field-current = current
field-unit = unit
field-measure = measure
field-change-limit = change limit
field-comment = comment
field-language = language
field-plan = plan
field-description = description
field-role = role
field-notes = notes
field-parent = parent
field-by = by
field-value = value

## Why a value is refused

why-empty-words = is empty; give it a few words
why-too-long = is longer than { $max } characters
why-control = holds control characters (line breaks, NUL…)
why-nul = holds a NUL character
why-not-finite = is not a finite number
why-key-empty = is empty; a key is needed
why-key-spaces = holds spaces or control characters; use letters, digits, - or _
why-not-commitment = is not a commitment (expected committed or aspirational)
why-not-confidence = is not a confidence (expected on-track, at-risk or off-track)
why-not-quarter = is not a quarter (expected YYYY-Q1..Q4)
why-not-kind = is not a key-result kind (expected progress, keep-above or keep-below)
why-not-level = is not a level (expected company, division, team or agent)
why-future-date = is in the future (today is { $today }); a check-in records a value already measured
why-not-after = is not after { $from }; a rollover carries objectives into a later quarter
why-score-range = is outside 0 to 1 (0.7 means met for an aspirational objective)
why-negative = is negative
why-baseline-needed = is empty; a progress key result needs a baseline (only a guardrail may leave it empty)
why-change-limit = must be 0% or more of the baseline (100% lets a key result double it)
why-name-empty = is empty; give your name (set once in the app's settings, or --by for okr)
why-no-copies-each = hands out no copies one each; choose a division to hand out one copy for each of its teams
why-comment-quarter = is an objective of { $quarter }, not of the quarter reviewed ({ $reviewed })
why-comment-empty = is empty; write what the team should know
why-same-quarter = is the quarter compared from; compare two different quarters
why-not-comment-pair = is not OBJECTIVE_KEY=TEXT
why-not-language = is not one Cascade speaks (expected en, vi or th)
why-no-quarters = is empty; give at least one quarter
why-no-file = has no file to back up

## The plan's invariants

row-node = node "{ $key }"
row-objective = objective "{ $key }"
row-key-result = key result "{ $key }"
rule-one-company = a plan holds exactly one company and "{ $first }" is already it
rule-weight-negative = is negative; a weight is 0 or more
rule-baseline-needed = is empty; a progress key result needs one
rule-spaces-around = "{ $value }" has spaces or line breaks around it
rule-wrong-type = is not of the kind the plan holds there (text, number or date)
rule-value = "{ $value }" { $problem }
rule-cycle = links make a cycle ({ $path })

## Import problems

import-refused-one = the import was refused and the plan was not changed; fix this problem in the file(s) and import again:
import-refused-many = the import was refused and the plan was not changed; fix these { $count } problems in the file(s) and import again:
import-more = … and more; only the first { $max } are shown
import-would-remove-one = the import was refused and the plan was not changed: the file no longer lists this key result that holds what the team recorded:
import-would-remove-many = the import was refused and the plan was not changed: the file no longer lists these { $count } key results that hold what the team recorded:
import-would-remove-fix-one = Put it back in the file to keep it, or confirm its removal (okr import --delete-missing) to delete it with what it holds.
import-would-remove-fix-many = Put them back in the file to keep them, or confirm their removal (okr import --delete-missing) to delete them with what they hold.
place-line = line { $line }
place-row = row { $row }
place-item = { $list }[{ $index }]
import-column = column { $column }
import-field = field { $column }
import-number-empty = is empty; a number is needed
import-not-number = is not a number
import-not-number-comma = is not a number; write the decimal point as "." (for example 4.5)
import-score-range = is outside 0 to 1
import-objective-empty = is empty; give the key of the objective this key result measures
import-objective-unknown = is not the key of an objective in { $file } or in the plan
import-key-twice = appears twice (first on { $first }); each { $what } may appear once

## Merge conflicts

conflict-row = { $table } "{ $label }"
conflict-in-field = { $what }, { $field }: { $why }
conflict-in-row = { $what }: { $why }
conflict-not-added = added in the review, but { $why }; it was not added
conflict-value-refused = the review's value cannot be used: { $why }; the plan's value was kept
conflict-still-holds = deleted in the review, but the plan has { $under } under it; it was kept
conflict-key-taken = the plan already has another row with the same { $field }
conflict-refused = the plan refuses it ({ $why })
thing-review = review
thing-quarter-lock = quarter lock
import-company-parent = is set, but the company has no parent; leave it empty
import-second-company = is not possible here: a plan holds exactly one company and "{ $company }" is already it
import-parent-empty = is empty; { $node } needs the key of its { $expected }
import-node-unknown = is not the key of a node in { $file } or in the plan
import-parent-level = is { $found }; the parent of { $node } must be { $expected }
import-owner-empty = is empty; give the key of the node that owns the objective
import-cycle = would make a cycle of objectives: { $path }
import-not-yes-no = is not yes or no (expected empty, yes, no, true, false, 1 or 0)
import-not-whole-number = is not a whole number of 0 or more (or empty for the plan's default)

## Import problems of reading files and history, the import's summary

import-header-unreadable = the header line could not be read ({ $error }); save the file again as CSV from the spreadsheet and import again
import-file-empty = the file is empty; it needs a header line naming its columns
import-line-unreadable = the line could not be read ({ $error }); check that the quotes in it are closed
import-too-many-cells = has { $cells } cells, the header { $header }: { $fix }
import-extra-comma = a comma inside a value must be quoted ("…,…")
import-extra-semicolon = a semicolon inside a value must be quoted ("…;…")
import-extra-tab = a tab inside a value must be quoted
import-extra-sheet = a cell right of the last column has no header; give its column a header or clear the cell
import-not-export = is not a Cascade plan export: { $error }
import-export-format = is not a Cascade plan export (its format is "{ $format }", expected "{ $expected }")
import-export-newer = was written by a newer Cascade (version { $version }, this one reads up to { $supported }); update Cascade to import it
import-not-workbook = the file is not an Excel workbook (.xlsx) that can be read ({ $error }); in Excel, save it as "Excel Workbook (*.xlsx)" and import again
import-no-sheets = the workbook has no sheet named { $expected } and none whose first row names their columns (its sheets: { $sheets }); rename the sheets or start from the template (okr template)
import-column-missing = the column "{ $column }" is missing (the header has: { $header }); add it, it is required (in Vietnamese "{ $vi }", in Thai "{ $th }")
import-excel-date = is a date in the workbook, not a number (Excel can turn a number typed with a dot into a date); format the cell as Number and type the number again
import-excel-error = is an Excel error, not a value; correct the formula or type the value
import-checkin-key-result-empty = is empty; give the key of the key result checked in
import-not-date = is not a date (expected YYYY-MM-DD)
import-not-finite = is not a finite number
import-not-timestamp = is not a date and time (expected RFC 3339, e.g. 2026-10-01T08:00:00+00:00)
import-would-leave = would leave the { $level } "{ $node }" under { $parent }; move it first
import-what-key = key
import-what-key-result-key = key result key
import-key-result-key-in-file = is the key of a key result another row of the file already stands for; give this one another key
import-key-result-key-in-plan = is already the key of a key result of an objective this file does not list; each key result key is unique in the plan: give this one another key
import-baseline-empty = is empty; a progress key result needs a baseline (only a keep-above or keep-below guardrail may leave it empty)
import-held = { $key } "{ $title }" (objective { $objective }) holds { $holds }
import-held-checkins-one = 1 check-in
import-held-checkins-many = { $count } check-ins
import-held-checkins-and-score = { $checkins } and a score of { $score }
import-held-score = a score of { $score }
import-held-nothing = nothing
import-summary-nothing = nothing changed; the plan already holds what the files say
import-summary = { $nodes_added } people and units added, { $nodes_updated } updated; { $objectives_added } objectives added, { $objectives_updated } updated; key results of { $objectives } objectives: { $added } added, { $updated } updated, { $unchanged } unchanged, { $removed } removed
import-summary-checkins-removed-one = (with their 1 check-in)
import-summary-checkins-removed-many = (with their { $count } check-ins)
import-read-as = { $file } read as { $encoding }
import-created = created { $plan }: { $summary }
import-imported-into = imported into { $plan }: { $summary }
import-currents-kept-one = 1 current value left as the check-ins recorded it: a key result with check-ins takes its current value from them, not from the file (record new values with okr checkin)
import-currents-kept-many = { $count } current values left as the check-ins recorded them: a key result with check-ins takes its current value from them, not from the file (record new values with okr checkin)
import-added = added { $list }
import-added-checkins-one = 1 check-in
import-added-checkins-many = { $count } check-ins
import-added-reviews-one = 1 review mark
import-added-reviews-many = { $count } review marks
import-added-comments-one = 1 comment
import-added-comments-many = { $count } comments
import-added-locks-one = 1 quarter lock
import-added-locks-many = { $count } quarter locks
template-written = wrote the English template to { $path }
import-no-files = nothing to import: choose at least one file (the organisation, the objectives or the key results)
error-not-a-backup = { $path } is not a backup of this plan; choose one of the backups listed for it

## okr merge's text report

merge-text-merged = merged { $review } (review of { $node } taken { $taken })
merge-text-no-changes = no changes to apply
merge-text-changes = { $count } change(s):
merge-text-added = added    { $what } { $row }
merge-text-deleted = deleted  { $what } { $row }
merge-text-changed = changed  { $what } { $row }: { $fields }
merge-text-conflicts = { $count } conflict(s):
merge-text-values = at hand-out { $base }, plan { $ours }, review { $theirs }
merge-text-none = (none)
merge-text-take-theirs = to take the review's side: --take-theirs { $reference }
merge-text-findings-unchanged = findings: unchanged
merge-text-findings = findings: { $new } new, { $resolved } resolved
merge-text-resolved = resolved { $rule }: { $message }
merge-text-new = new      { $rule }: { $message }
merge-text-refused = refused { $path } ({ $code }): { $message }
merge-text-copies = { $merged } of { $total } copies merged ({ $conflicts } with conflicts), { $refused } refused

## What okr says when a command succeeds

okr-created = created { $plan }
okr-backed-up = backed up { $plan } to { $backup }
okr-restored = restored { $plan } from { $backup }

## The plan's history: undo, redo, and what each change was

error-nothing-to-undo = There is nothing to undo: every change in this plan's history is undone already.
error-nothing-to-redo = There is nothing to redo: no undone change is waiting (a new change clears what could be redone).
error-undo-blocked = Cannot { $verb } "{ $what }": rows it would put back were changed since by "{ $later }" ({ $who }, { $at }). { $verb } that change first, or leave both as they are. Nothing was changed.
error-undo-blocked-unknown = Cannot { $verb } "{ $what }": rows it would put back were changed since, outside the plan's history. Nothing was changed.
history-undo-verb = undo
history-redo-verb = redo
history-undo-label = Undo: { $what }
history-redo-label = Redo: { $what }
history-undone = Undone: { $what }
history-redone = Redone: { $what }
history-undone-at = undone { $at } by { $who }
history-undone-when = undone { $at }
history-changed-rows = change { $rows } rows
history-objective-add = add objective "{ $title }"
history-objective-edit = edit objective "{ $title }"
history-objective-link = link objective "{ $title }"
history-objective-move = move objective "{ $title }"
history-objective-delete = delete objective "{ $title }"
history-key-result-add = add key result "{ $title }"
history-key-result-edit = edit key result "{ $title }"
history-key-result-delete = delete key result "{ $title }"
history-key-result-score = score key result "{ $title }"
history-checkin-record = check-in { $value } on "{ $title }"
history-checkin-report = check-ins from the report { $file }
history-checkin-delete = delete a check-in on "{ $title }"
history-node-add = add { $name }
history-node-edit = edit { $name }
history-node-move = move { $name }
history-node-delete = remove { $name }
history-review-mark = mark { $name } reviewed for { $quarter }
history-review-unmark = take back the review of { $name } for { $quarter }
history-comment-add = comment on "{ $title }"
history-comment-delete = delete a comment on "{ $title }"
history-lock = lock { $quarter }
history-unlock = unlock { $quarter }
history-settings = change the plan's settings
history-keep-days = keep { $days } days of history
history-rollover = carry { $from } over to { $to }
history-import = import { $files }
history-merge = merge the review copy { $file }
history-restore = restore the backup { $file }
history-demo = fill the demo plan
history-row-added = added
history-row-changed = changed
history-row-removed = removed
okr-history-none = No changes recorded.
okr-history-pruned = Removed { $count } history entries made before { $before }.
okr-history-kept = This plan keeps { $days } days of history.


## Weekly check-ins from a helpdesk's report (okr checkin --from)

checkin-report-applied = { $file }: { $checkins } check-ins recorded on { $key_results } key results ({ $quarters }), from { $rows } rows
checkin-report-preview = { $file }: { $key_results } key results would get a value ({ $checkins } check-ins, { $quarters }), from { $rows } rows; nothing is recorded yet
checkin-report-nothing = { $file }: no value of the { $rows } rows matched a key result; nothing was recorded
checkin-report-nothing-preview = { $file }: no value of the { $rows } rows matches a key result; nothing would be recorded
checkin-report-history-only-one = 1 key result has a later check-in: the report's value joins its history and its current value stays
checkin-report-history-only = { $count } key results have a later check-in: the report's value joins their history and their current value stays
checkin-report-unmatched-owners = owners matching no key result ({ $count }): { $list }
checkin-report-ambiguous-owners = names more than one person or unit has ({ $count }), write their key instead: { $list }
checkin-report-unmatched-measures = columns matching no key result's measure ({ $count }): { $list }
checkin-report-list-more = { $list } and { $more } more
checkin-report-refused-one = the report was refused and nothing was recorded; fix this problem in the file and try again:
checkin-report-refused-many = the report was refused and nothing was recorded; fix these { $count } problems in the file and try again:
checkin-report-value-missing = the header has a "kr" column but no "value" column (the header has: { $header }); add the column of the measured values
checkin-report-no-shape = the header has neither an "owner" column (a row per person or unit, a column per measure such as CSAT or FRT) nor "kr" and "value" columns (a row per check-in); the header has: { $header }
checkin-report-owner-empty = is empty; give the key or the exact name of the person or unit
checkin-report-kr-unknown = is not the key of a key result in the plan
checkin-report-quarter-empty = is in { $quarter }, a quarter the plan has no objectives in; check the date
checkin-report-today = the report has no date column and no date was given, so its values are dated today, which { $why }; give the day they were measured (--date)
