## 网上杂志和报纸：assets/flows/online-magazines.toml。

flow-online-magazines-has_card = 您有托斯卡纳（Toscana）图书馆的借书卡吗？
flow-online-magazines-has_card-hint = 有借书卡，就可以在手机或电脑上免费看世界各地的报纸和杂志。

flow-online-magazines-get_a_card = 借书卡是免费的。请带身份证件去 Biblioteca Città di Arezzo（via dei Pileati 8）：当场就能办好。然后回到这里，或者在家用 MLOL 看报纸。

flow-online-magazines-page-card-number = 您的借书卡
flow-online-magazines-card_number = 借书卡号码
flow-online-magazines-card_number-hint = 号码在借书卡的条形码下面。
flow-online-magazines-card_surname = 姓，和借书卡上的一样

flow-online-magazines-magazine_language = 您想看哪种语言？
flow-online-magazines-magazine_language-italian = 意大利语
flow-online-magazines-magazine_language-english = 英语
flow-online-magazines-magazine_language-french = 法语
flow-online-magazines-magazine_language-spanish = 西班牙语
flow-online-magazines-magazine_language-arabic = 阿拉伯语
flow-online-magazines-magazine_language-romanian = 罗马尼亚语
flow-online-magazines-magazine_language-albanian = 阿尔巴尼亚语
flow-online-magazines-magazine_language-ukrainian = 乌克兰语
flow-online-magazines-magazine_language-chinese = 中文
flow-online-magazines-magazine_language-bengali = 孟加拉语
flow-online-magazines-magazine_language-urdu = 乌尔都语

flow-online-magazines-magazine_kind = 您想看什么？
flow-online-magazines-magazine_kind-newspaper = 报纸（日报）
flow-online-magazines-magazine_kind-magazine = 杂志
flow-online-magazines-magazine_kind-any = 两种都要

flow-online-magazines-magazine = 选择报纸或杂志
flow-online-magazines-magazine-hint = 我们会打印一张纸，上面有刊名和阅读方法。
flow-online-magazines-magazine-none = 没有这种语言的刊物。请返回，选择另一种语言。

flow-online-magazines-how_to_read = 纸上有刊名和一个二维码。在手机上打开图书馆的网站（MLOL），用借书卡号码和图书馆给您的密码登录，然后搜索刊名。在图书馆里也可以用电脑看。
