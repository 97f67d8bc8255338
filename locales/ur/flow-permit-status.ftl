## Residence permit check: assets/flows/permit-status.toml.

flow-permit-status-reference = فائل نمبر یا numero assicurata
flow-permit-status-reference-hint = ڈاک خانے (Poste) کی رسید کے اوپر numero assicurata (12 ہندسے) لکھا ہے؛ فائل نمبر (10 حروف و ہندسے) آپ کو Questura (پولیس کا دفتر) نے دیا تھا۔
