## Residence permit check: assets/flows/permit-status.toml.

flow-permit-status-reference = رقم الملف أو «numero assicurata»
flow-permit-status-reference-hint = تجد «numero assicurata» (12 رقمًا) في أعلى إيصال البريد (Poste). أما رقم الملف (10 رموز) فقد أعطته لك الـ Questura (مديرية الشرطة).
