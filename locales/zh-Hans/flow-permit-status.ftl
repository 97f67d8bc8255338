## Residence permit check: assets/flows/permit-status.toml.

flow-permit-status-reference = 案件编号或 "numero assicurata"
flow-permit-status-reference-hint = "numero assicurata"（12 位数字）在邮局（Poste）回执的上方；案件编号（10 个字符）由警察局（Questura）提供给您。
