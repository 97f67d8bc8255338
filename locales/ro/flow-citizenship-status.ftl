## Citizenship application status: assets/flows/citizenship-status.toml.

flow-citizenship-status-reference = Numărul cererii tale de cetățenie
flow-citizenship-status-reference-hint = Începe cu K10, de exemplu K10/C/123456. Îl găsești pe chitanța cererii și pe portalul ALI.
flow-citizenship-status-birth_date = Data ta de naștere
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-citizenship-status-portal_ready = SPID-ul tău, sau CIE-ul tău cu PIN-ul, și numărul cererii (K10).
