## Registry certificates: assets/flows/certificates.toml.

flow-certificates-certificate_type = آپ کو کون سا سرٹیفکیٹ چاہیے؟
flow-certificates-certificate_type-residence = رہائش کا سرٹیفکیٹ
flow-certificates-certificate_type-family-status = خاندانی حیثیت کا سرٹیفکیٹ (stato di famiglia)
flow-certificates-certificate_type-residence-and-family = رہائش اور خاندانی حیثیت کا سرٹیفکیٹ
flow-certificates-certificate_type-civil-status = ازدواجی حیثیت کا سرٹیفکیٹ
flow-certificates-certificate_type-birth = پیدائش کا سرٹیفکیٹ
flow-certificates-certificate_type-marriage = شادی کا سرٹیفکیٹ
flow-certificates-certificate_type-existence = زندہ ہونے کا سرٹیفکیٹ

flow-certificates-page-holder = سرٹیفکیٹ کس کا ہے
flow-certificates-codice_fiscale = اس شخص کا ٹیکس کوڈ (codice fiscale)
flow-certificates-codice_fiscale-hint = آپ صرف Arezzo میں رہنے والے لوگوں کے سرٹیفکیٹ مانگ سکتے ہیں۔
flow-certificates-surname = اس شخص کا خاندانی نام

flow-certificates-use = آپ کو سرٹیفکیٹ کس کام کے لیے چاہیے؟
flow-certificates-use-hint = سرٹیفکیٹ کے لیے 16 یورو کا ریونیو اسٹامپ (marca da bollo) لگتا ہے، سوائے کچھ کاموں کے جو قانون میں لکھے ہیں۔
flow-certificates-use-stamp-duty = کوئی اور کام (16 یورو کے ریونیو اسٹامپ کے ساتھ)
flow-certificates-use-school = اسکول یا تعلیمی وظیفہ (مفت)
flow-certificates-use-pension = پنشن (مفت)
flow-certificates-use-social-assistance = سماجی مدد یا امدادی رقم (مفت)
flow-certificates-use-legal-aid = مفت قانونی مدد (gratuito patrocinio) (مفت)
flow-certificates-use-sport = شوقیہ کھیل (مفت)

flow-certificates-copies = کتنی کاپیاں؟

flow-certificates-what_next = سرٹیفکیٹ 6 مہینے تک درست رہتا ہے۔ اسے سرکاری دفاتر یا سرکاری خدمات دینے والوں کو نہیں دیا جا سکتا: ان کے لیے آپ کا اپنا بیان (autocertificazione) کافی ہے۔ اگر سرٹیفکیٹ اسٹامپ والا ہے تو تمباکو کی دکان (tabaccheria) سے 16 یورو کا ریونیو اسٹامپ (marca da bollo) خریدیں اور سرٹیفکیٹ استعمال کرنے سے پہلے اسے سرٹیفکیٹ پر بتائی گئی جگہ پر چپکا دیں۔
