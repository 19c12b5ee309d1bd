// Common Swedish first and last names (SCB name statistics), for a believable demo roster.
export const FEMALE_FIRST_NAMES = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Kristina', 'Lena', 'Emma', 'Kerstin', 'Malin',
  'Ingrid', 'Jenny', 'Hanna', 'Linnea', 'Elin', 'Sofia', 'Johanna', 'Ida', 'Camilla', 'Annika',
  'Frida', 'Therese', 'Josefin', 'Amanda', 'Matilda', 'Elsa', 'Ebba', 'Moa', 'Nadia', 'Leila',
  'Fatima', 'Aisha', 'Helena', 'Petra', 'Ulrika', 'Agnes', 'Klara', 'Lisa', 'Wilma', 'Tove',
];

export const MALE_FIRST_NAMES = [
  'Lars', 'Mikael', 'Anders', 'Johan', 'Erik', 'Per', 'Karl', 'Peter', 'Jonas', 'Daniel',
  'Fredrik', 'Mattias', 'Henrik', 'Oskar', 'Viktor', 'Emil', 'Ali', 'Ahmed', 'Mohammed', 'David',
  'Simon', 'Niklas', 'Jesper', 'Martin', 'Gustav', 'Axel', 'Olof', 'Hugo', 'Elias', 'Omar',
];

export const LAST_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
  'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson',
  'Lindberg', 'Jakobsson', 'Magnusson', 'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren', 'Berg',
  'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund',
  'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund',
  'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström',
  'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren',
  'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson', 'Hassan', 'Mohamed', 'Ali', 'Nordin', 'Strand',
];
