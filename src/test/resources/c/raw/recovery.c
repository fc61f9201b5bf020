// One declaration that does not parse loses nothing else, and is reported with its line.
// expect: functions 3
// expect: bad 15-18
// expect: bad 25-25
// expect: error 17
// expect: error 25
// expect: has Function before
// expect: has Function after
// expect: has Function last
int before(void)
{
	return 1;
}

int broken(void)
{
	return 1 +;
}

int after(void)
{
	return 2;
}

int half = ;

int last(void)
{
	return 3;
}
