## Citizenship application status: assets/flows/citizenship-status.toml.

flow-citizenship-status-reference = آپ کی شہریت کی درخواست کا نمبر
flow-citizenship-status-reference-hint = یہ K10 سے شروع ہوتا ہے، مثلاً K10/C/123456۔ یہ درخواست کی رسید پر اور ALI پورٹل میں ہوتا ہے۔
flow-citizenship-status-birth_date = آپ کی تاریخِ پیدائش
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-citizenship-status-portal_ready = آپ کا SPID، یا PIN کے ساتھ آپ کا CIE، اور درخواست کا نمبر (K10)۔
