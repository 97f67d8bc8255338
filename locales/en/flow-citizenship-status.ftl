## Citizenship application status: assets/flows/citizenship-status.toml.

flow-citizenship-status-reference = Number of your citizenship application
flow-citizenship-status-reference-hint = It starts with K10, for example K10/C/123456. It is on the application receipt and in the ALI portal.
flow-citizenship-status-birth_date = Your date of birth
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-citizenship-status-portal_ready = Your SPID, or your CIE with its PIN, and the application number (K10).
