## Residence permit check: assets/flows/permit-status.toml.

flow-permit-status-reference = Numri i dosjes ose "numero assicurata"
flow-permit-status-reference-hint = "Numero assicurata" (12 shifra) është lart në dëftesën e Poste; numrin e dosjes (10 karaktere) ta ka dhënë Questura (policia).
