### English interface text (Project Fluent, https://projectfluent.org/fluent/guide/).
###
### Every message here must exist in sq.ftl and sr.ftl too, reading the same
### variables; Serbian Cyrillic is made from sr.ftl (see its header).
### { $name } is filled in by langaward. Counts and other numbers arrive as
### numbers: a message that shows a count selects its words by the language's
### CLDR plural category (English: one / other; "1.5" is other), e.g.
###     { $n } { $n ->
###         [one] point
###        *[other] points
###     }
### Numbers are written by langaward (decimal point here, comma in sq and sr)
### with the digits they are shown with, and select on those digits.

report_title = Jury report
edition = Edition
assessment_period = Assessment period
period = { $from } to { $to }
notice = The evidence in these submissions is a FICTIONAL SAMPLE: real institution names, invented data. It says nothing about how these institutions actually apply the law.
how_scored = How applicants were scored
how_scored_intro = Each applicant submitted a workbook of evidence. Each criterion is made of indicators; each indicator is the share of the applicant's evidence rows that meet it. The total is out of 100.
criterion = Criterion
indicator = Indicator
indicators = Indicators
weight = Weight
bands_intro = Totals are rated in bands:
band_above = above { $x }
band_from = from { $x }
band_to = up to and including { $x }
band_below = below { $x }
summary = Summary
category = Category
applicants = Ranked
excluded = Excluded
files_summary = { $total } input { $total ->
        [one] file
       *[other] files
    }: { $scored } scored, { $warned } scored with warnings, { $rejected } rejected, { $skipped } skipped.
rank = Rank
institution = Institution
nominee = Nominee
nominee_journalist = Journalist
nominee_academic = Academic
nominee_activist = Activist
nominee_organisation = Organisation
nominated_by = nominated by { $by }
nominees_fictional = These nominees are FICTIONAL: invented names and deeds, for the sample. They are no real people or associations.
total = Total
band = Band
matrix_title = Band by criterion: where each institution is strong and where weak
name_fallback = name not given in this language
nobody_ranked = No applicant is ranked in this category.
excluded_by_gate = Not ranked (a required condition is not met)
ineligible = Not eligible for ranking
reason_ineligible = no category admits the kind “{ $kind }” in { $edition }
reason_no_municipality = the municipality is not named, so the languages it owes cannot be known
reason_unknown_municipality = “{ $municipality }” is not a known municipality, so the languages it owes cannot be known
decided_by = tie on total broken by { $criterion }
chart_label = Totals by applicant
inputs_title = Every input file and what became of it
inputs_intro = Each file received is listed once. Messages about cells name the sheet and cell of the workbook.
file = File
outcome = Outcome
findings = Findings
outcome_scored = scored
outcome_warned = scored with warnings
outcome_rejected = rejected
outcome_skipped = skipped (not a submission)
methodology = Methodology
gates = Required conditions
gate_rule = { $gate }: at least { $min } { $min ->
        [one] row
       *[other] rows
    } in the sheet “{ $sheet }”
gate_rule_column = { $gate }: at least { $min } { $min ->
        [one] row
       *[other] rows
    } in the sheet “{ $sheet }” with “{ $column }” filled in
gate_passed = { $gate }: met ({ $found })
gate_failed = { $gate }: not met ({ $found } of { $min } required)
method_share = Share of rows in “{ $sheet }” where { $columns } { $count ->
        [one] is
       *[other] are
    } yes.
method_simultaneity = Share of items in “{ $sheet }” published in every language ({ $columns }) with at most { $hours } { $hours ->
        [one] hour
       *[other] hours
    } between the first and the last version. A version never published counts as not simultaneous.
method_reply_parity = Share of test letters and e-mails in “{ $sheet }” answered in every language ({ $columns }), the slowest reply taking at most { $hours } { $hours ->
        [one] hour
       *[other] hours
    } longer than the fastest, each counted from its sending. A language left without a reply counts as not met.
method_equivalence_ratio = Share of items in “{ $sheet }” where both “{ $first }” and “{ $second }” are given and “{ $second }” is between { $min } and { $max } times “{ $first }”.
method_equivalence_rating = Share of items in “{ $sheet }” where both versions exist and “{ $column }” is at least { $min }.
method_equivalence_both = Share of items in “{ $sheet }” where both versions exist, “{ $second }” is between { $min } and { $max } times “{ $first }”, and “{ $column }” is at least { $min_rating }.
method_signage = Share of signs in “{ $sheet }” with a text in { $columns }.
method_signage_distinct = Share of signs in “{ $sheet }” with a text in { $columns }, where no translation merely repeats the first text (case, spaces and accents ignored).
method_status_share = Points earned by the rows of “{ $sheet }”, over their number, each row earning by its “{ $column }”: { $counts }.
method_status_count = “{ $status }” { $credit }
method_filter = Only rows with one of these in “{ $column }” count: { $choices }.
method_min_rows = At least { $n } { $n ->
        [one] row is
       *[other] rows are
    } needed; with fewer, the indicator { $policy }.
policy_zero = scores 0
policy_exclude = is left out and the other indicators of its criterion share its weight
method_total = The total is the sum of each criterion's weight times its score, rounded once; the contributions shown in every scorecard add up exactly to the total.
method_bands = The band is read from the rounded total: 66.67 is above 66, while 66.00 is not.
method_provenance = Each row of evidence may say how it was obtained, in the column “{ $column }”; a row that does not, or names no known source, counts as { $default }. What a row counts for in its indicator's share depends on its source:
method_source = { $source } ({ $kind }): a row counts { $weight }.
method_source_verified = { $source } ({ $kind }): a row counts { $weight } when verified (column “{ $column }”), otherwise 0.
source_observed = observed by the Language Commissioner's monitors
source_declared = declared by the applicant
method_weighted = An indicator's score is the share of the weight of its rows that meet it. A row that counts 0 is shown in the scorecard but left out of the share, of the rows an indicator needs and of the gates.
method_observed = The part of the evidence score that rests on observed evidence is, for each indicator, its points times the share of the weight of its rows met that comes from observed sources; the rest rests on declared evidence, and the two parts add up exactly to the evidence score.
provenance_title = How the evidence was obtained
ties_rule = Equal totals are separated by the scores of: { $criteria }. Applicants still equal share a rank, and the next rank is skipped (1, 2, 2, 4).
ties_rule_none = Applicants with equal totals share a rank, and the next rank is skipped (1, 2, 2, 4).
and = and
footer_tool = Produced by
footer_criteria = criteria file
footer_inputs = input files
points_lost = Where the points were lost
points = { $n } { $n ->
        [one] point
       *[other] points
    }
nothing_lost = No points were lost.
score_breakdown = Score breakdown
value = Value
score = Score
contribution = Points
contributions_add_up = Each indicator's points are its score times its weight; the points add up exactly to the total.
evidence = Evidence, row by row
place = Place
item = Item
result = Result
value_share = { $met } of { $rows }
value_weighted = by weight { $met } of { $rows }
source = Source
source_counts = counts { $weight }
source_unverified = counts 0: not verified
rests_on = Resting on
observed_parts = { $observed } on observed evidence + { $declared } on declared evidence
status_insufficient = Insufficient evidence: { $rows } { $rows ->
        [one] row
       *[other] rows
    }, { $min } needed. Scored 0.
status_excluded = Insufficient evidence: { $rows } { $rows ->
        [one] row
       *[other] rows
    }, { $min } needed. Left out; the other indicators share its weight.
standing_ranked = { $rank } of { $count } in { $category }
standing_tied = { $rank } of { $count } in { $category }, tied
standing_excluded = not ranked: a required condition is not met
standing_ineligible = not ranked: { $reason }
note_met = met
note_not_yes = “{ $column }” is not yes
note_missing = “{ $column }” is missing
note_late = the versions appeared { $hours } { $hours ->
        [one] hour
       *[other] hours
    } apart (at most { $tolerance } allowed)
note_no_reply = no reply in { $language }
note_reply_before_sent = “{ $column }” is earlier than the question was sent
note_reply_late = the slowest reply took { $hours } { $hours ->
        [one] hour
       *[other] hours
    } longer than the fastest (at most { $tolerance } allowed)
note_ratio = “{ $column }” is { $ratio } times the first version (allowed { $min } to { $max })
note_rating = “{ $column }” is { $rating }, below { $min }
note_copy = “{ $column }” repeats the first text
note_status = { $status } (counts { $credit })
date = { $day } { $month } { $year }
month_1 = January
month_2 = February
month_3 = March
month_4 = April
month_5 = May
month_6 = June
month_7 = July
month_8 = August
month_9 = September
month_10 = October
month_11 = November
month_12 = December
place_row = { $sheet }, row { $row }
quote = “{ $x }”
finding_S001 = this is a folder, not a workbook file
finding_S002 = the file cannot be opened ({ $detail })
finding_S003 = the file is a zip archive but not a usable workbook ({ $detail }); save it again from the spreadsheet program
finding_S004 = the workbook is password-protected; send it again without a password
finding_S005 = the file is empty (0 bytes), although its name ends in .{ $ext }
finding_S006 = the file is not a spreadsheet, although its name ends in .{ $ext }
finding_S007 = the file is really a .{ $actual } spreadsheet although its name ends in .{ $claimed }; it was read as what it is
finding_S008 = a pipe, socket or device named like a workbook; it is not opened (only regular files are read)
finding_S010 = the file is { $size } MB; the limit is { $limit } MB (raise it with --max-file-mb)
finding_S011 = the workbook cannot be read ({ $detail }); open it in a spreadsheet program and save it again
finding_S012 = the workbook has { $count } { $count ->
        [one] sheet
       *[other] sheets
    }; the limit is { $limit }
finding_S013 = the workbook has more than { $limit } filled { $limit ->
        [one] cell
       *[other] cells
    } (raise the limit with --max-cells)
finding_S014 = the sheet cannot be read ({ $detail }); open the workbook in a spreadsheet program and save it again
finding_S020 = the workbook has no Institution sheet (looked for: { $looked_for }; sheets found: { $found })
finding_S021 = the Institution sheet has no row “{ $labels }” with a value
finding_S022 = unknown institution kind “{ $kind }”; expected one of: { $known }
finding_S023 = the institution's name is missing in one language (row “{ $labels }”)
finding_S024 = expected a date of submission, found { $found }
finding_S025 = expected the edition's year, found { $found }
finding_S026 = the workbook is for the { $edition } edition; this evaluation is for { $expected }
finding_S027 = a municipality must name its municipality (row “{ $labels }”): the languages it owes depend on it; the applicant is not ranked
finding_S028 = “{ $municipality }” is not a municipality in the language-status file (closest known name: “{ $nearest }”); the languages it owes cannot be known, so the applicant is not ranked
finding_S029 = the municipality “{ $municipality }” is ignored: an institution of kind “{ $kind }” owes Albanian and Serbian
finding_S030 = the workbook has no sheet “{ $sheet }”; its indicators get no evidence
finding_S031 = the sheet is hidden; it was read all the same
finding_S032 = no header row found in { $rows ->
        [one] the first row
       *[other] the first { $rows } rows
    } (expected column names such as “{ $example }”); the sheet gives no evidence
finding_S033 = column “{ $column }” is missing from the header; its cells count as empty
finding_S040 = the cell shows the error { $error }
finding_S041 = “{ $column }” is required but empty
finding_S042 = expected yes or no (yes/no, po/jo, da/ne, or x for yes), found { $found }
finding_S043 = expected a date and time (a date cell, or text such as 2026-03-15 10:30), found { $found }
finding_S044 = expected a number, found { $found }
finding_S045 = the number { $found } is below the minimum { $min }
finding_S046 = the number { $found } is above the maximum { $max }
finding_S047 = expected one of: { $choices }; found { $found }
finding_S050 = institution id “{ $id }” is also submitted in { $file }, which counts (later date of submission, or later file name)
finding_S051 = the kind “{ $kind }” belongs to category “{ $category }”, which the jury alone judges: it takes nominations, not workbooks
finding_S052 = institution id “{ $id }” is a nominee's, listed in { $file } (line { $line }): nominees hand in no workbook
finding_K001 = not a workbook (only .xlsx, .xlsm, .xls and .ods are read)
finding_K002 = an Excel lock file (the workbook is open somewhere); the workbook itself is read
finding_K003 = a folder; only files directly in the submissions folder are read
finding_K004 = not a regular file (a pipe, socket or device); it is not opened
finding_S048 = the cell holds a formula (={ $formula }) saved without its result, so it counts as empty; open the workbook in a spreadsheet program and save it again
finding_S015 = the workbook would unpack to { $size } MB, more than the limit of { $limit } MB; it may be a zip bomb
finding_S099 = the workbook made the spreadsheet reader fail; open it in a spreadsheet program, save it again and resend it
finding_J001 = the juror sheet has no sheet “{ $sheet }” (sheets found: { $found }); send the workbook written by langaward jury-sheets
finding_J002 = no juror id: the Juror sheet names none next to “Juror ID”
finding_J003 = juror id “{ $id }” is not in the criteria's jurors list ({ $known })
finding_J004 = a later sheet from juror “{ $juror }” counts: { $file }
finding_J005 = the Marks sheet has no “{ $header }” column; keep the header row as written
finding_J006 = the sheet is for edition { $edition }, the criteria for edition { $expected }
finding_J010 = institution id “{ $id }” is not an applicant; the row is not counted
finding_J011 = criterion “{ $criterion }” is unknown; the row is not counted
finding_J012 = the mark “{ $value }” is not a number (expected { $min } to { $max }, step { $step }); not counted
finding_J013 = the mark { $value } lies outside the scale { $min } to { $max }; not counted
finding_J014 = the mark { $value } is not on the scale's steps ({ $min } to { $max }, step { $step }); not counted
finding_J015 = conflict of interest “{ $reason }” is not one of the listed reasons; counted as “other”
finding_J016 = a second mark for the same applicant and criterion (first at { $first }); not counted
finding_J017 = “{ $id }” is the juror's own institution; the juror's marks for it are not counted
finding_J018 = “{ $id }” is not in a category this juror marks; the row is not counted
finding_J019 = “{ $id }” is not ranked (a gate failed or it is ineligible); the row is not counted
finding_J020 = { $count } { $count ->
        [one] row has
       *[other] rows have
    } neither a mark nor a conflict of interest
finding_J021 = a conflict of interest is declared for “{ $id }”; the mark is not counted
finding_S016 = the text is longer than { $limit } { $limit ->
        [one] character; only the first is kept
       *[other] characters; only the first { $limit } are kept
    }
more_rows = … and { $n } more { $n ->
        [one] row
       *[other] rows
    }, not shown here; every row is in results.json.
finding_S017 = the workbook's container is damaged ({ $detail }); open it in a spreadsheet program and save it again
finding_S018 = a sheet declares rows { $rows } and columns { $columns }, more cells than the limit of { $limit } (raise it with --max-cells)
finding_S019 = the shared-strings table declares { $declared } { $declared ->
        [one] string
       *[other] strings
    }, more than it can hold or --max-cells allows ({ $limit }); it is refused before the parser reserves room for them
method_owed = Only the languages the institution owes are checked: Albanian and Serbian everywhere, and a municipality’s other official languages.
method_owed_in_use = Only the languages the institution owes are checked: Albanian and Serbian everywhere, a municipality’s other official languages and, for this criterion, the languages in official use in the municipality.
method_mixed = A word mixing Latin and Cyrillic letters fails the sign.
method_script_cyrillic = The Serbian text must be written in Cyrillic.
method_script_latin = The Serbian text must be written in Latin script.
method_script_either = The Serbian text may be in either alphabet.
method_script_both = The Serbian text must appear in both alphabets.
method_order = The language written first must be the local majority language.
script_cyrillic = Cyrillic
script_latin = Latin script
script_mixed = mixed alphabets
script_none = no letters
note_script = “{ $column }” is in { $found }, but { $expected } is required
note_script_missing = the Serbian text is not shown in { $script }
note_mixed = in “{ $column }”, word { $position } “{ $word }” mixes alphabets (look-alike letters: { $letters })
note_order = { $found } is written first, but { $expected } is expected first here
note_order_missing = the language written first is not stated, but { $expected } is expected first here
note_lost_diacritics = “{ $column }” writes “{ $found }”; probably meant “{ $intended }”
template_sheet = Instructions
template_deadline = Send the completed workbook by { $date }.
template_intro = Fill in the Institution sheet and one row per service, communication item and sign on the evidence sheets. Do not rename sheets or headers.
template_column = Column
template_what = What to write
template_required = Required
template_text = text
template_yes_no = yes or no (or po/jo, da/ne; x for yes)
template_date = a date and time, e.g. 2026-03-15 10:30
template_number = a number
template_choice = one of: { $choices }
diff_title = Edition { $new } compared with { $old }
diff_fell = Earlier award recipients whose band fell
diff_changes = Change per institution
diff_change = Change
diff_new = New applicants
diff_missing = Applicants no longer present
diff_none = None.
diff_differ = The two editions were scored with different criteria; totals are not strictly comparable.
diff_renamed = formerly { $id }
diff_moved = Changes of status (recommendations and other numbered rows)
diff_moved_row = { $id }: { $old } → { $new }
diff_moved_new = { $id } (new): { $status }
tie_full_indicators = the number of indicators at full score
tie_jury = the jury mark
outcome_title = The award
no_award = No award
award_pending = Pending the jury’s marks
jury_decides = Tied for the last place, the jury decides: { $names }
close_result = Close result: the next applicant is less than { $margin } { $margin ->
        [one] point
       *[other] points
    } behind
robustness_title = Robustness to the weights
robustness_about = { $draws } { $draws ->
        [one] draw
       *[other] draws
    }, each criterion and indicator weight varied by up to ±{ $weights } % and renormalised; the figures are approximate
robustness_settled = The main award goes to { $names } in { $share } % of draws
robustness_contested = The main award is contested between { $names }
robustness_contender = { $name } ({ $share } %)
robustness_no_award = No main award in any draw
robustness_ranks = { $name }: median rank { $median }, from { $low } to { $high } in 90 % of draws; band kept in { $band } % of draws
robustness_influence = The weight that moves the ranking most: { $weight }
tie_decided = Equal total with the next applicant; the tie was broken by { $criterion }
provisional = Provisional
provisional_short = provisional
provisional_unread = the criteria give the jury { $jury }% of the total, but no jury marks were read. Every total below is the evidence score alone; the outcome may change once the jury's marks are in.
provisional_awaiting = in { $category }, { $names } cannot be ranked until enough jury marks are in; the award may change.
evidence_score = Evidence score
observed_short = Observed
jury_score = Jury (0–100)
jury_total_rule = Total = { $evidence }% of the evidence score + { $jury }% of the jury mark.
jury_only_rule = The jury alone judges this category: each nominee's total is the jury's mark (0–100); no workbook of evidence is scored.
consensus_flag = consensus meeting
awaiting_count = Awaiting jury marks
awaiting_title = Not ranked yet (insufficient jury marks)
awaiting_pending_title = Not ranked yet (pending the jury's marks)
awaiting_reason = too few jury marks for { $criteria }
awaiting_pending = pending the jury's marks
awaiting_criterion = { $criterion } ({ $count } of { $min })
standing_awaiting = not ranked yet: insufficient jury marks
standing_pending = not ranked yet: pending the jury's marks
role = Role
role_submission = submission
role_jury_sheet = jury sheet
outcome_counted = marks counted
outcome_counted_warned = marks counted with warnings
outcome_skipped_sheet = skipped (not a jury sheet)
# results.xlsx: its sheets, columns and the words in its cells.
xlsx_sheet_ineligible = Ineligible
xlsx_sheet_inputs = Inputs
xlsx_sheet_matrix = Bands by criterion
xlsx_id = ID
xlsx_name_sq = Name in Albanian
xlsx_name_sr = Name in Serbian
xlsx_tied = Tied
xlsx_yes = yes
xlsx_jury_flags = Jury flags
xlsx_status = Status
xlsx_award = Award
xlsx_code = Code
xlsx_message = Message
xlsx_status_ranked = ranked
xlsx_status_awaiting = awaiting jury marks
xlsx_status_excluded = excluded: a required condition is not met
xlsx_status_ineligible = not eligible for ranking
xlsx_tied_for = tied for the last place ({ $tier }): the jury decides
jury_files_summary = { $total } jury { $total ->
        [one] sheet
       *[other] sheets
    }: { $counted } marks counted, { $warned } marks counted with warnings, { $rejected } rejected, { $skipped } skipped.
jury_title = The jury
jury_unread = No jury marks were read: every total is the evidence score alone, and the outcome is provisional.
jury_scale = Each juror marks each criterion from { $min } to { $max }.
jury_scale_step = Each juror marks each criterion from { $min } to { $max } in steps of { $step }.
jury_aggregate_mean = A criterion's jury mark is the mean of its marks.
jury_aggregate_median = A criterion's jury mark is the median of its marks.
jury_aggregate_trimmed = A criterion's jury mark is the mean of its marks; with at least { $n } { $n ->
        [one] mark
       *[other] marks
    }, the highest and the lowest are dropped first (trimmed mean).
jury_min_marks = At least { $n } { $n ->
        [one] mark per criterion is
       *[other] marks per criterion are
    } needed; an applicant with fewer is not ranked until they are in (insufficient jury marks).
jury_standardise_on = Marks are standardised: each juror's marks are rescaled to the mean and spread of all marks, so a harsh or a lenient juror weighs like the others.
jury_standardise_off = Marks are not standardised: each juror's own marks count.
jury_consensus = When the marks for one criterion differ by more than { $spread } (highest minus lowest), the applicant goes to the consensus meeting.
jury_recusal_rule = A juror's marks for their own institution, or for an applicant they declared a conflict of interest with, are not counted.
jury_weights = The final total is { $evidence }% evidence score and { $jury }% jury mark.
jurors = Jurors
juror = Juror
categories = Categories
jury_sheet = Sheet
sheet_read = read
sheet_read_from = read ({ $file })
sheet_missing = no sheet returned
sheet_not_read = not read
recusals = Recusals (conflicts of interest)
reason = Reason
recused_where = Where
recusal_from_criteria = the criteria’s list of jurors
conflict_professional = professional conflict
conflict_personal = personal relationship
conflict_own = own institution
conflict_other = other
conflict_own_words = { $reason }: “{ $note }”
consensus_title = For the consensus meeting
consensus_intro = Criteria whose marks differ by more than { $spread } between the highest and the lowest.
marks = Marks
spread = Spread
insufficient_title = Insufficient jury marks
marks_count = { $count } of { $min } { $min ->
        [one] mark
       *[other] marks
    } needed
jury_none = None.
method_evidence = The evidence score is the sum of each criterion's weight times its score, rounded once; the contributions shown in every scorecard add up exactly to it.
method_final = The final total is { $evidence }% of the evidence score plus { $jury }% of the jury mark. The two parts are rounded so that they add up exactly to the total shown. With the weights 100 and 0, the total would be the evidence score alone.
method_final_evidence_only = The criteria give the jury no share of the total (evidence { $evidence }, jury { $jury }): the total is the evidence score alone; the jury's marks are shown and may only break ties.
method_category_weights = { $category }: the total is { $evidence }% of the evidence score plus { $jury }% of the jury mark.
method_jury_only = { $category }: the jury alone judges the nominees listed in the nominations file; each juror gives each nominee one mark, and the total is the jury's mark on a scale of 0 to 100.
method_jury_score = The jury mark (0 to 100) applies the criteria's weights to each criterion's aggregated mark, rescaled from the jury's scale of { $min } to { $max }.
jury_marks_title = The jury's marks
jury_card_unread = No jury marks were read: this total is the evidence score alone, and provisional.
jury_card_awaiting = Insufficient jury marks: the applicant is ranked once every criterion has at least { $min } { $min ->
        [one] mark
       *[other] marks
    }; until then the total is the evidence score alone.
jury_card_pending = Pending the jury's marks: the jury's mark alone will make this total.
made_of = Made of
total_parts = { $evidence_part } ({ $evidence_weight }% of the evidence score { $evidence }) + { $jury_part } ({ $jury_weight }% of the jury mark { $jury }) = { $total }
total_jury_only = the jury's mark alone, { $total }
contributions_add_up_evidence = Each indicator's points are its score times its weight; the points add up exactly to the evidence score.
mark = Mark
standardised = Standardised
counted = Counted
trimmed = dropped by trimming
aggregated = Jury mark
aggregate_mean = mean
aggregate_median = median
aggregate_trimmed = trimmed mean
no_marks = No marks.
jury_warnings_title = To check in the list of jurors
juror_institution_unknown = { $file }, line { $line }, column { $column }: juror { $juror } belongs to institution “{ $institution }”, which is no applicant's id, so the juror is not kept off their own institution.
juror_institution_nearest = Did you mean “{ $nearest }”?
juror_institution_absent = If the institution does not apply in this edition, nothing needs fixing.

## Forms and validate

validate_accepted = { $file }: would be accepted
validate_warned = { $file }: would be accepted, with warnings
validate_rejected = { $file }: would be REJECTED
validate_total = provisional total: { $total } ({ $band })
validate_not_ranked = would not be ranked: { $reason }
validate_gate = would not be ranked: condition `{ $gate }` not met ({ $found } of { $min })
jury_sheet_marks = Marks
jury_sheet_juror = Juror
jury_col_category = Category
jury_col_institution_id = Institution ID
jury_col_institution = Institution
jury_col_criterion = Criterion
jury_whole = Overall
jury_col_evidence = Evidence score
jury_col_mark = Mark
jury_col_comment = Comment
jury_col_conflict = Conflict of interest
jury_about_id = Juror ID
jury_about_name = Name
jury_about_edition = Edition
jury_about_scale = Marks
jury_about_how = How to fill
jury_sheet_scale = { $min } to { $max }
jury_sheet_scale_step = { $min } to { $max }, in steps of { $step }
jury_how_to_fill = One mark per row, in the Mark column. Leave the Mark empty and choose a reason under "Conflict of interest" for an applicant you cannot judge impartially: your marks for that applicant are then not counted. Do not change the Juror ID.

## What-if runs

what_if_intro = What-if run: { $n } { $n ->
        [one] change
       *[other] changes
    } to the criteria file:
what_if_older = The earlier results come from a what-if run: { $n } { $n ->
        [one] change
       *[other] changes
    } to the criteria file:
what_if_newer = The newer results come from a what-if run: { $n } { $n ->
        [one] change
       *[other] changes
    } to the criteria file:
what_if_was = was { $previous }
what_if_added = not in the file
what_if_note = Not the edition's result.
what_if_sheet = What-if
what_if_path = Path
what_if_value = Value
what_if_previous = In the criteria file
robustness_about_jury_split = The jury's share of the total varied too, by up to ±{ $points } percentage { $points ->
        [one] point
       *[other] points
    } in each draw, within 0–100; a category whose total is the evidence score alone or the jury mark alone keeps its split
robustness_about_band_bounds = Each bound between two bands moved too, by up to ±{ $points } { $points ->
        [one] point
       *[other] points
    } in each draw, the bounds kept in order; a band is kept when the total stays in it on that draw's bounds
robustness_jury_split_weight = the jury's share of the total
