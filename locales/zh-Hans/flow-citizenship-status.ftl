## Citizenship application status: assets/flows/citizenship-status.toml.

flow-citizenship-status-reference = 入籍申请编号
flow-citizenship-status-reference-hint = 以 K10 开头，例如 K10/C/123456。它在申请回执上，也在 ALI 网站上。
flow-citizenship-status-birth_date = 您的出生日期
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-citizenship-status-portal_ready = 您的 SPID，或者您的 CIE 和 PIN 码，以及申请编号（K10）。
