## تربیتی کورسز: assets/flows/training-courses.toml.

flow-training-courses-area = آپ کورس کہاں کرنا چاہتے ہیں؟
flow-training-courses-area-arezzo = Arezzo اور آس پاس
flow-training-courses-area-valdarno = Valdarno
flow-training-courses-area-casentino = Casentino
flow-training-courses-area-valtiberina = Valtiberina
flow-training-courses-area-valdichiana = Valdichiana
flow-training-courses-area-online = آن لائن، گھر سے
flow-training-courses-area-any = پورے صوبے میں

flow-training-courses-sector = آپ کون سا کام سیکھنا چاہتے ہیں؟
flow-training-courses-sector-care = لوگوں کی دیکھ بھال (badante، OSS)
flow-training-courses-sector-catering = باورچی خانہ، بار اور ریسٹورنٹ
flow-training-courses-sector-building = تعمیرات
flow-training-courses-sector-industry = صنعت، مکینک کا کام، سنار کا کام
flow-training-courses-sector-logistics = گودام اور ٹرانسپورٹ
flow-training-courses-sector-agriculture = کھیتی باڑی
flow-training-courses-sector-computing = کمپیوٹر اور آئی ٹی
flow-training-courses-sector-italian-language = اطالوی زبان
flow-training-courses-sector-any = سب کورسز

flow-training-courses-page-conditions = آپ کی صورتحال
flow-training-courses-free_only = کیا آپ صرف مفت کورسز دیکھنا چاہتے ہیں؟
flow-training-courses-registered_unemployed = کیا آپ Centro per l'Impiego (روزگار دفتر) میں بے روزگار کے طور پر درج ہیں؟
flow-training-courses-registered_unemployed-hint = جو درج ہو، اسے 3.000 یورو تک کا واؤچر (voucher) اور حاضری کے لیے مدد مل سکتی ہے۔

flow-training-courses-course = ایک کورس چنیں
flow-training-courses-course-hint = ہم کورس کی تفصیل تربیتی ادارے کے رابطے کے ساتھ پرنٹ کریں گے۔
flow-training-courses-course-none = ان انتخابات کے ساتھ کوئی کورس نہیں ہے۔ پیچھے جائیں اور کوئی اور علاقہ یا شعبہ آزمائیں۔

flow-training-courses-how_to_apply = کاغذ پر آخری تاریخ اور تربیتی ادارے کا رابطہ لکھا ہے۔ آخری تاریخ سے پہلے ادارے کو فون کریں یا وہاں جائیں، شناختی کاغذ اور رہائشی پرمٹ ساتھ لے کر۔ واؤچر کے لیے Centro per l'Impiego سے بات کریں۔
