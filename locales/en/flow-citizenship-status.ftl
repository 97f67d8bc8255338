## Citizenship application status: assets/flows/citizenship-status.toml.

flow-citizenship-status-reference = Number of your citizenship application
flow-citizenship-status-reference-hint = It starts with K10, for example K10/C/123456. It is on the application receipt and in the ALI portal.
flow-citizenship-status-birth_date = Your date of birth
