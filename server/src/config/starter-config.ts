// The commented `.caveat.yaml` that `caveat init` writes: every key with what it does, all optional.
export const STARTER_CONFIG = `# Caveat configuration: found upward from each scanned file (the nearest one wins).
# Every key is optional; paths and globs are relative to this file.
# Schema: rules/schema/config.schema.json in the Caveat package.

# Lowest risk to report: green (everything), orange, or red (only the most serious).
# minRisk: green

# Only these categories (default: all six).
# categories:
#   - dual-use-tech
#   - data-export
#   - military-linked-partner
#   - talent-programme
#   - contract-clause
#   - sanctions-law

# Your institution's own grading: every finding of a category gets this risk.
# severity:
#   contract-clause: red

# Laws of this jurisdiction (EU, NL, DE, UK or US) come first in review reports.
# jurisdiction: EU

# Extra rule packs of your institution (files or folders of YAML/JSON packs).
# rulePacks:
#   - caveat-rules/

# Partners your institution has already reviewed (YAML list of {name, date} or CSV name,date):
# findings naming them are reported as accepted, with the date of the review.
# reviewedPartners: reviewed-partners.yaml

# Which files to scan when a folder is given, and which never to scan.
# include:
#   - "proposals/**"
# exclude:
#   - "archive/**"
#   - "**/*.draft.md"

# Kinds of drafts to pick up in folders: markdown, latex, plaintext, docx, pdf (default: all).
# languages: [markdown, latex, plaintext, docx, pdf]
`;
