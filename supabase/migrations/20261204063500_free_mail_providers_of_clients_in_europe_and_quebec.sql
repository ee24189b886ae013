-- Written by hand (`relance schema generate` does not write seeded rows): the free-mail domains that
-- sql/tables/080_contacts.sql now seeds.
-- The providers of clients in France, Belgium, Switzerland, Luxembourg and Quebec, and the large ones elsewhere: an
-- adviser at one of them is not the colleague of a client there (R1, private.outside_the_team).
insert into private.free_mail_domains (domain)
values
('cegetel.net'), ('noos.fr'), ('tele2.fr'), ('9online.fr'), ('libertysurf.fr'), ('netcourrier.com'), ('mailo.com'),
('caramail.com'), ('icloud.fr'), ('telenet.be'), ('proximus.be'), ('voo.be'), ('scarlet.be'), ('hotmail.be'),
('live.be'), ('sunrise.ch'), ('hispeed.ch'), ('gmx.ch'), ('bluemail.ch'), ('protonmail.ch'), ('pt.lu'),
('videotron.ca'), ('sympatico.ca'), ('bell.net'), ('yahoo.ca'), ('hotmail.ca'), ('hotmail.co.uk'), ('yahoo.co.uk'),
('live.co.uk'), ('btinternet.com'), ('sky.com'), ('t-online.de'), ('freenet.de'), ('posteo.de'), ('mailbox.org'),
('libero.it'), ('virgilio.it'), ('tiscali.it'), ('alice.it'), ('hotmail.it'), ('yahoo.it'), ('hotmail.es'),
('yahoo.es'), ('telefonica.net'), ('zoho.com'), ('fastmail.com'), ('tuta.io'), ('yandex.ru'), ('mail.ru'),
('qq.com'), ('163.com'), ('126.com'), ('naver.com'), ('comcast.net'), ('verizon.net'), ('att.net'),
('sbcglobal.net')
on conflict (domain) do nothing;
