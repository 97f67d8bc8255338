## Citizenship application status: assets/flows/citizenship-status.toml.

flow-citizenship-status-reference = رقم طلب الجنسية
flow-citizenship-status-reference-hint = يبدأ بـ K10، مثلًا K10/C/123456. تجده في إيصال الطلب وفي بوابة ALI.
flow-citizenship-status-birth_date = تاريخ ميلادك
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-citizenship-status-portal_ready = حساب SPID الخاص بك، أو بطاقة CIE مع رمز PIN، ورقم الطلب (K10).
