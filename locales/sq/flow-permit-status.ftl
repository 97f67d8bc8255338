## Residence permit check: assets/flows/permit-status.toml.

flow-permit-status-reference = Numri i dosjes ose "numero assicurata"
flow-permit-status-reference-hint = "Numero assicurata" (12 shifra) është lart në dëftesën e Poste; numrin e dosjes (10 karaktere) ta ka dhënë Questura (policia).
flow-permit-status-birth_date = Data jote e lindjes
flow-permit-status-birth_date-hint = Disa Questura e kërkojnë për të treguar gjendjen e dosjes.
