## Citizenship application status: assets/flows/citizenship-status.toml.

flow-citizenship-status-reference = আপনার নাগরিকত্বের আবেদনের নম্বর
flow-citizenship-status-reference-hint = এটি K10 দিয়ে শুরু হয়, যেমন K10/C/123456। এটি আবেদনের রসিদে এবং ALI পোর্টালে আছে।
flow-citizenship-status-birth_date = আপনার জন্ম তারিখ
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-citizenship-status-portal_ready = আপনার SPID, অথবা PIN-সহ আপনার CIE, আর আবেদনের নম্বর (K10)।
