## آن لائن رسالے اور اخبار: assets/flows/online-magazines.toml.

flow-online-magazines-has_card = کیا آپ کے پاس ٹسکنی (Toscana) کی کسی لائبریری کا کارڈ ہے؟
flow-online-magazines-has_card-hint = کارڈ سے آپ فون یا کمپیوٹر پر پوری دنیا کے اخبار اور رسالے مفت پڑھ سکتے ہیں۔

flow-online-magazines-get_a_card = کارڈ مفت ہے۔ شناختی کاغذ لے کر Biblioteca Città di Arezzo (via dei Pileati 8) جائیں: وہ فوراً بنا دیتے ہیں۔ پھر یہاں واپس آئیں یا MLOL سے گھر بیٹھے اخبار پڑھیں۔

flow-online-magazines-page-card-number = آپ کا کارڈ
flow-online-magazines-card_number = کارڈ نمبر
flow-online-magazines-card_number-hint = یہ کارڈ پر بار کوڈ کے نیچے لکھا ہے۔
flow-online-magazines-card_surname = خاندانی نام، جیسا کارڈ پر لکھا ہے

flow-online-magazines-magazine_language = آپ کس زبان میں پڑھنا چاہتے ہیں؟
flow-online-magazines-magazine_language-italian = اطالوی
flow-online-magazines-magazine_language-english = انگریزی
flow-online-magazines-magazine_language-french = فرانسیسی
flow-online-magazines-magazine_language-spanish = ہسپانوی
flow-online-magazines-magazine_language-arabic = عربی
flow-online-magazines-magazine_language-romanian = رومانیائی
flow-online-magazines-magazine_language-albanian = البانوی
flow-online-magazines-magazine_language-ukrainian = یوکرینی
flow-online-magazines-magazine_language-chinese = چینی
flow-online-magazines-magazine_language-bengali = بنگالی
flow-online-magazines-magazine_language-urdu = اردو

flow-online-magazines-magazine_kind = آپ کیا پڑھنا چاہتے ہیں؟
flow-online-magazines-magazine_kind-newspaper = اخبار (روزانہ)
flow-online-magazines-magazine_kind-magazine = رسالے
flow-online-magazines-magazine_kind-any = دونوں

flow-online-magazines-magazine = اخبار یا رسالہ چنیں
flow-online-magazines-magazine-hint = ہم ایک کاغذ پرنٹ کریں گے جس پر نام اور پڑھنے کا طریقہ ہوگا۔
flow-online-magazines-magazine-none = اس زبان میں کوئی عنوان نہیں ہے۔ پیچھے جائیں اور کوئی اور زبان چنیں۔

flow-online-magazines-how_to_read = کاغذ پر نام اور ایک QR کوڈ ہے۔ فون پر لائبریری کی ویب سائٹ (MLOL) کھولیں، کارڈ نمبر اور لائبریری کا دیا ہوا پاس ورڈ ڈال کر داخل ہوں، اور نام تلاش کریں۔ لائبریری میں آپ اسے کمپیوٹر پر بھی پڑھ سکتے ہیں۔
